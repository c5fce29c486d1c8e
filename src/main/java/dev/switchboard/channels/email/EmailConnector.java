package dev.switchboard.channels.email;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.InboundMessage;
import dev.switchboard.channels.OutboundMessage;
import dev.switchboard.channels.PlatformHttp;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.files.FileStore;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A mailbox: read over IMAP (polled by {@link EmailPoller}), answered over SMTP. A client's
 * thread is one chat, keyed by its first message's {@code Message-ID} (the head of
 * {@code References}); our answers carry {@code In-Reply-To} and {@code References}, so the
 * client's mail program keeps them in the thread and its next reply comes back to the chat.
 */
@Component
class EmailConnector implements Connector {

    private static final List<String> REQUIRED = List.of("address", "imapHost", "smtpHost", "password");

    private final FileStore files;

    EmailConnector(FileStore files) {
        this.files = files;
    }

    @Override
    public ChannelType type() {
        return ChannelType.email;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        channel.require(REQUIRED, "a mailbox");
        Mailbox box;
        try {
            box = Mailbox.of(channel);
            new InternetAddress(box.address(), true);
        } catch (NumberFormatException e) {
            throw new RuleViolation("settings.imapPort and settings.smtpPort must be port numbers");
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("settings.tls must be ssl, starttls or none");
        } catch (MessagingException e) {
            throw new RuleViolation("settings.address must be an e-mail address");
        }
        long uidValidity;
        long lastUid;
        try (Store store = box.store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) inbox;
            uidValidity = uids.getUIDValidity();
            // from now on: the mail already in the box is not imported
            lastUid = uids.getUIDNext() - 1;
            inbox.close(false);
        } catch (AuthenticationFailedException e) {
            throw new RuleViolation("The IMAP server refused the login: " + e.getMessage());
        } catch (MessagingException e) {
            throw new RuleViolation("The IMAP server cannot be reached: " + cause(e));
        }
        try (Transport transport = box.transport(box.sending())) {
            transport.isConnected();
        } catch (AuthenticationFailedException e) {
            throw new RuleViolation("The SMTP server refused the login: " + e.getMessage());
        } catch (MessagingException e) {
            throw new RuleViolation("The SMTP server cannot be reached: " + cause(e));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("address", box.address());
        settings.put("imapHost", box.imapHost());
        settings.put("imapPort", box.imapPort());
        settings.put("smtpHost", box.smtpHost());
        settings.put("smtpPort", box.smtpPort());
        settings.put("username", box.username());
        settings.put("password", box.password());
        settings.put("tls", box.tls());
        settings.put("uidValidity", uidValidity);
        settings.put("lastUid", lastUid);
        return settings;
    }

    /** A connection failure in words: "the connection was refused", "unknown host …". */
    private static String cause(Exception e) {
        return PlatformHttp.unreachable("", new IllegalStateException(e.getMessage(), e))
                .substring(" cannot be reached: ".length());
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        throw new HookRejected(405, "A mailbox is read over IMAP; it has no hook");
    }

    /** A message read from the mailbox, as the inbox stores it; empty for our own copies and bounces without a sender. */
    Optional<InboundMessage> read(Channel channel, Message message, long uidValidity, long uid)
            throws MessagingException, IOException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
            return Optional.empty();
        }
        String address = sender.getAddress().toLowerCase(java.util.Locale.ROOT);
        if (address.equalsIgnoreCase(channel.setting("address"))) {
            return Optional.empty();
        }
        MimeMessage mime = (MimeMessage) message;
        String id = mime.getMessageID() == null ? "<uid." + uidValidity + "." + uid + "@" + channel.id() + ">"
                : mime.getMessageID().trim();
        String root = root(mime, id);
        List<InboundMessage.InboundAttachment> attached = new ArrayList<>();
        Body body = new Body();
        walk(message, "", uidValidity, uid, body, attached);
        String text = body.plain != null ? body.plain : body.html != null ? EmailText.fromHtml(body.html) : "";
        text = EmailText.withoutQuote(text);
        String name = sender.getPersonal() == null || sender.getPersonal().isBlank() ? address : sender.getPersonal();
        Map<String, Object> thread = new LinkedHashMap<>();
        thread.put("id", root);
        thread.put("subject", mime.getSubject() == null ? "" : mime.getSubject());
        Instant at = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
        String html = body.html == null ? null : EmailText.safeHtml(body.html);
        return Optional.of(new InboundMessage(id, "mail:" + root, address,
                new InboundMessage.Sender(address, name, null, null, address, null), text, attached, at, false,
                "message", thread, false, html == null || html.isBlank() ? null : html));
    }

    /** The thread's first message: the head of References, else what it answers, else the message itself. */
    private static String root(MimeMessage mime, String id) throws MessagingException {
        String references = mime.getHeader("References", " ");
        if (references != null && !references.isBlank()) {
            java.util.regex.Matcher first = java.util.regex.Pattern.compile("<[^>]+>").matcher(references);
            if (first.find()) {
                return first.group();
            }
        }
        String inReplyTo = mime.getHeader("In-Reply-To", " ");
        if (inReplyTo != null && inReplyTo.trim().startsWith("<")) {
            return inReplyTo.trim().split("\\s+")[0];
        }
        return id;
    }

    private static final class Body {
        @Nullable String plain;
        @Nullable String html;
    }

    /** Collects the first text and HTML bodies and every file, each file named by its place in the tree. */
    private static void walk(Part part, String path, long validity, long uid, Body body,
            List<InboundMessage.InboundAttachment> attached) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), path.isEmpty() ? String.valueOf(i) : path + "." + i, validity, uid,
                        body, attached);
            }
            return;
        }
        String disposition = part.getDisposition();
        boolean file = Part.ATTACHMENT.equalsIgnoreCase(disposition) || part.getFileName() != null;
        if (!file && part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent());
        } else if (!file && part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        } else if (file) {
            String type = part.getContentType() == null ? "application/octet-stream"
                    : part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
            attached.add(new InboundMessage.InboundAttachment(part.getFileName() == null ? "attachment" : part.getFileName(),
                    type, part.getSize() > 0 ? (long) part.getSize() : null, "imap:" + validity + ":" + uid + ":" + path));
        }
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        Mailbox box = Mailbox.of(channel);
        Session session = box.sending();
        String domain = box.address().substring(box.address().indexOf('@') + 1);
        String messageId = "<" + message.messageId() + "@" + domain + ">";
        try {
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mail.setFrom(new InternetAddress(box.address(), channel.name(), "UTF-8"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
            OutboundMessage.MailThread thread = message.target().mail();
            String subject = thread == null || thread.subject() == null || thread.subject().isBlank() ? channel.name()
                    : thread.subject().matches("(?i)^(re|ответ)\\s*:.*") ? thread.subject() : "Re: " + thread.subject();
            mail.setSubject(subject, "UTF-8");
            if (thread != null) {
                String last = thread.inReplyTo() == null ? thread.root() : thread.inReplyTo();
                mail.setHeader("In-Reply-To", last);
                mail.setHeader("References", last.equals(thread.root()) ? last : thread.root() + " " + last);
            }
            MimeMultipart content = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text() == null ? "" : message.text(), "UTF-8");
            content.addBodyPart(text);
            for (OutboundMessage.OutboundAttachment file : message.attachments()) {
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(files.read(file.storageKey()),
                        file.contentType())));
                attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText(file.name(), "UTF-8", null));
                attachment.setDisposition(Part.ATTACHMENT);
                content.addBodyPart(attachment);
            }
            mail.setContent(content);
            mail.saveChanges();
            try (Transport transport = box.transport(session)) {
                transport.sendMessage(mail, mail.getAllRecipients());
            }
            return new Delivery.Sent(messageId);
        } catch (SendFailedException e) {
            return new Delivery.Refused("The mail server refused the address: " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            return new Delivery.Refused("The SMTP server refused the login: " + e.getMessage());
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new Delivery.TryLater("The mail could not be sent: " + e.getMessage(), null);
        }
    }

    /** A file of a client's mail, read again from the mailbox by its place in the message. */
    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        String[] ref = platformRef.split(":");
        if (ref.length != 4 || !"imap".equals(ref[0])) {
            throw new IllegalArgumentException("Not a mailbox file: " + platformRef);
        }
        try (Store store = Mailbox.of(channel).store()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            UIDFolder uids = (UIDFolder) inbox;
            if (uids.getUIDValidity() != Long.parseLong(ref[1])) {
                throw new IllegalStateException("The mailbox was rebuilt; the file is gone");
            }
            Part part = uids.getMessageByUID(Long.parseLong(ref[2]));
            if (part == null) {
                throw new IllegalStateException("The mail is no longer in the mailbox");
            }
            for (String index : ref[3].split("\\.")) {
                part = ((Multipart) part.getContent()).getBodyPart(Integer.parseInt(index));
            }
            byte[] bytes = part.getInputStream().readAllBytes();
            String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType().split(";")[0];
            inbox.close(false);
            return new PlatformFile(bytes, type.trim());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The mailbox could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        Map<String, Object> shown = PlatformHttp.masked(settings, List.of("password"));
        shown.remove("uidValidity");
        shown.remove("lastUid");
        return shown;
    }

}
