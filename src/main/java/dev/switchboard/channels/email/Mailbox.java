package dev.switchboard.channels.email;

import dev.switchboard.channels.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;

/** How one channel reaches its mailbox: IMAP to read, SMTP to send, with the channel's TLS choice. */
record Mailbox(String address, String imapHost, int imapPort, String smtpHost, int smtpPort, String username,
        String password, String tls) {

    static Mailbox of(Channel channel) {
        String address = channel.setting("address").trim();
        String user = channel.setting("username").isBlank() ? address : channel.setting("username").trim();
        return new Mailbox(address, channel.setting("imapHost").trim(), port(channel.setting("imapPort"), 993),
                channel.setting("smtpHost").trim(), port(channel.setting("smtpPort"), 465), user,
                channel.setting("password"), tls(channel.setting("tls")));
    }

    /** {@code ssl} (implicit TLS, the default), {@code starttls}, or {@code none} (tests, local relays). */
    static String tls(String setting) {
        return switch (setting.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "", "true", "ssl", "tls" -> "ssl";
            case "starttls" -> "starttls";
            case "false", "none", "plain" -> "none";
            default -> throw new IllegalArgumentException(setting);
        };
    }

    private static int port(String value, int fallback) {
        return value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private Session session() {
        return session(java.time.Duration.ofSeconds(30));
    }

    /** A session whose reads wait this long: a mailbox watched in IDLE hears nothing for minutes. */
    private Session session(java.time.Duration readTimeout) {
        Properties p = new Properties();
        boolean ssl = "ssl".equals(tls);
        boolean starttls = "starttls".equals(tls);
        for (String protocol : new String[] {"imap", "imaps", "smtp", "smtps"}) {
            p.put("mail." + protocol + ".connectiontimeout", "10000");
            p.put("mail." + protocol + ".timeout", String.valueOf(readTimeout.toMillis()));
            p.put("mail." + protocol + ".writetimeout", "30000");
        }
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtps.auth", "true");
        if (starttls) {
            p.put("mail.imap.starttls.required", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail.store.protocol", ssl ? "imaps" : "imap");
        p.put("mail.transport.protocol", ssl ? "smtps" : "smtp");
        return Session.getInstance(p);
    }

    Store store() throws MessagingException {
        return connect(session());
    }

    /** A connection to wait on in IDLE: kept alive more often than its reads time out. */
    Store watchingStore(java.time.Duration readTimeout) throws MessagingException {
        return connect(session(readTimeout));
    }

    private Store connect(Session session) throws MessagingException {
        Store store = session.getStore();
        store.connect(imapHost, imapPort, username, password);
        return store;
    }

    Session sending() {
        return session();
    }

    Transport transport(Session session) throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect(smtpHost, smtpPort, username, password);
        return transport;
    }
}
