package dev.switchboard.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.support.Api;
import dev.switchboard.support.IntegrationTest;
import dev.switchboard.support.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Uploads: the type is read from the bytes, an active file is never served as a page, a file stays in its workspace. */
@IntegrationTest
class AttachmentsIT {

    @LocalServerPort
    int port;

    @Test
    void theTypeComesFromTheContentNotFromTheNameOrTheBrowser() {
        Api api = TestWorkspace.signUp(port).api();
        Api.Response png = upload(api, "photo.txt", "text/plain",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        assertThat(png.text("/contentType")).isEqualTo("image/png");
        assertThat(png.text("/name")).isEqualTo("photo.txt");

        Api.Response page = upload(api, "invoice.pdf", "application/pdf",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(page.text("/contentType")).isEqualTo("text/html");
        Api.Response download = api.get(page.text("/url"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/octet-stream");

        Api.Response pdf = upload(api, "scan", "application/octet-stream",
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.text("/contentType")).isEqualTo("application/pdf");

        byte[] zip = new byte[64];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        assertThat(upload(api, "report.docx", "application/octet-stream", zip).text("/contentType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(upload(api, "report.pdf", "application/pdf", zip).text("/contentType")).isEqualTo("application/zip");
    }

    @Test
    void aFileIsOnlyDownloadableInsideItsWorkspace() {
        Api mine = TestWorkspace.signUp(port).api();
        Api theirs = TestWorkspace.signUp(port).api();
        Api.Response file = upload(mine, "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(mine.get(file.text("/url")).body()).isEqualTo("hello");
        assertThat(theirs.get(file.text("/url")).status()).isEqualTo(404);
        assertThat(upload(mine, "empty.txt", "text/plain", new byte[0]).status()).isEqualTo(400);
    }

    static Api.Response upload(Api api, String name, String type, byte[] bytes) {
        String boundary = "----switchboard-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send("POST", "/api/v1/attachments", body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }
}
