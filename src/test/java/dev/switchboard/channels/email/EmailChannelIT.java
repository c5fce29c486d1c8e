package dev.switchboard.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A mailbox on a real in-process mail server (GreenMail): mail in over IMAP, answers out over SMTP, threaded. */
@IntegrationTest
class EmailChannelIT {

    static final String SHOP = "zakaz@fialka.test";
    static final String CLIENT = "irina@example.test";

    @LocalServerPort
    int port;

    GreenMail mail;
    TestWorkspace ws;

    @BeforeEach
    void start() {
        mail = new GreenMail(com.icegreen.greenmail.util.ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SHOP, SHOP, "shop-pass");
        mail.setUser(CLIENT, CLIENT, "client-pass");
        ws = TestWorkspace.signUp(port, "en");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsStored() {
        Api.Response refused = ws.api().post("/api/v1/channels", Map.of("type", "email", "name", "Shop mail",
                "settings", settings("guess")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/detail")).contains("IMAP server refused the login");
        assertThat(ws.api().get("/api/v1/channels").json().at("/items").size()).isZero();
    }

    @Test
    void aMailBecomesAChatTheAnswerGoesOutThreadedAndTheClientsReplyComesBackToTheSameChat() throws Exception {
        send(CLIENT, "Ирина Волкова", "<order-1@example.test>", null, "Букет на пятницу", """
                <html><body><p>Здравствуйте!</p><p>Хочу букет <b>«Весенний»</b> на пятницу.</p>
                <script>alert('x')</script></body></html>""", true);
        Api.Response created = ws.api().post("/api/v1/channels", Map.of("type", "email", "name", "Fialka",
                "settings", settings("shop-pass")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("/settings/password")).doesNotContain("shop-pass");
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size())
                .as("mail already in the box is not imported").isZero();

        send(CLIENT, "Ирина Волкова", "<order-2@example.test>", null, "Букет на пятницу", """
                <html><body><p>Здравствуйте!</p><p>Хочу букет <b>«Весенний»</b> на пятницу.</p>
                <script>alert('x')</script></body></html>""", true);
        JsonNode chat = await().atMost(Duration.ofSeconds(15)).until(
                () -> ws.api().get("/api/v1/chats?category=new").json().at("/items/0"), c -> !c.isMissingNode());
        assertThat(chat.at("/client/name").asString()).isEqualTo("Ирина Волкова");
        assertThat(chat.at("/channel/type").asString()).isEqualTo("email");
        String id = chat.at("/id").asString();
        assertThat(ws.api().get("/api/v1/chats/" + id).json().at("/client/email").asString()).isEqualTo(CLIENT);
        JsonNode first = ws.api().get("/api/v1/chats/" + id + "/messages").json().at("/items/0");
        assertThat(first.at("/text").asString()).contains("Здравствуйте!").contains("Хочу букет «Весенний» на пятницу.")
                .doesNotContain("alert").doesNotContain("<b>");
        assertThat(first.at("/html").asString()).as("the HTML as it may be shown").contains("<b>«Весенний»</b>")
                .doesNotContain("script").doesNotContain("alert");
        assertThat(first.at("/attachments/0/name").asString()).isEqualTo("photo.png");
        assertThat(ws.api().get(first.at("/attachments/0/url").asString()).body()).contains("PNG");

        ws.api().post("/api/v1/chats/" + id + "/messages", Map.of("text", "Соберём к пятнице, 3 500 ₽"));
        await().atMost(Duration.ofSeconds(15)).until(() -> mail.getReceivedMessagesForDomain("example.test").length > 0);
        MimeMessage answer = mail.getReceivedMessagesForDomain("example.test")[0];
        assertThat(answer.getSubject()).isEqualTo("Re: Букет на пятницу");
        assertThat(answer.getHeader("In-Reply-To", " ")).isEqualTo("<order-2@example.test>");
        assertThat(answer.getHeader("References", " ")).isEqualTo("<order-2@example.test>");
        assertThat(((InternetAddress) answer.getFrom()[0]).getAddress()).isEqualTo(SHOP);
        assertThat(text(answer)).contains("Соберём к пятнице, 3 500 ₽");

        send(CLIENT, "Ирина Волкова", "<order-3@example.test>", "<order-2@example.test> " + answer.getMessageID(),
                "Re: Букет на пятницу", "Отлично, жду!\n\nOn Tue, 24 Nov 2026 at 10:00, Fialka <zakaz@fialka.test> wrote:\n"
                        + "> Соберём к пятнице, 3 500 ₽\n", false);
        await().atMost(Duration.ofSeconds(15)).until(() -> ws.messages(id, "in").size() == 2);
        assertThat(ws.messages(id, "in").get(1).at("/text").asString()).as("the quote is trimmed").isEqualTo("Отлично, жду!");
        assertThat(ws.api().get("/api/v1/chats?category=accepted").json().at("/items").size()).isEqualTo(1);
        assertThat(ws.api().get("/api/v1/chats?category=new").json().at("/items").size()).isZero();
    }


    private Map<String, Object> settings(String password) {
        return Map.of("address", SHOP, "imapHost", "127.0.0.1", "imapPort", mail.getImap().getPort(),
                "smtpHost", "127.0.0.1", "smtpPort", mail.getSmtp().getPort(), "password", password, "tls", "none");
    }

    /** A client's mail, sent through the server's SMTP as any mail program would. */
    private void send(String from, String name, String messageId, String references, String subject, String body,
            boolean html) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, name, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(SHOP));
        message.setSubject(subject, "UTF-8");
        if (references != null) {
            message.setHeader("References", references);
            message.setHeader("In-Reply-To", references.substring(references.lastIndexOf(' ') + 1));
        }
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        if (html) {
            text.setContent(body, "text/html; charset=UTF-8");
        } else {
            text.setText(body, "UTF-8");
        }
        parts.addBodyPart(text);
        if (html) {
            MimeBodyPart photo = new MimeBodyPart();
            photo.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(Api.PNG,
                    "image/png")));
            photo.setFileName("photo.png");
            photo.setDisposition(jakarta.mail.Part.ATTACHMENT);
            parts.addBodyPart(photo);
        }
        message.setContent(parts);
        message.saveChanges();
        Transport transport = session.getTransport("smtp");
        transport.connect("127.0.0.1", mail.getSmtp().getPort(), from, "client-pass");
        transport.sendMessage(message, message.getAllRecipients());
        transport.close();
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            return String.valueOf(multipart.getBodyPart(0).getContent());
        }
        return String.valueOf(content);
    }
}
