package dev.switchboard.messages;

import dev.switchboard.common.BadRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out over HTTP, for operators and widget visitors alike: what an upload is, and how bytes go back. */
public final class FileResponses {

    private static final Tika CONTENT = new Tika();

    private FileResponses() {
    }

    /** An uploaded file: its name made safe, its type read from its bytes. */
    public record Upload(String name, String contentType, byte[] bytes) {
    }

    /** Reads an upload; an empty one is a 400 naming the field {@code file}. */
    public static Upload read(MultipartFile file) {
        if (file.isEmpty()) {
            throw new BadRequest("file", "The file is empty");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "file" : file.getOriginalFilename().replaceAll("[\\\\/\\r\\n]", "_");
        try {
            byte[] bytes = file.getBytes();
            // what the bytes are; the name only tells apart what the bytes leave open (a .docx is a zip)
            return new Upload(name, mediaType(CONTENT.detect(bytes, name)), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of a file to download: images shown in place, anything else saved; a page or a
     * script someone sent is handed over as bytes, never run as ours.
     */
    public static ResponseEntity<byte[]> download(String name, String contentType, byte[] bytes) {
        String type = mediaType(contentType);
        boolean inline = type.startsWith("image/") && !type.contains("svg");
        boolean active = type.contains("html") || type.contains("svg") || type.contains("xml")
                || type.contains("javascript");
        return ResponseEntity.ok()
                .contentType(active ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                        : ContentDisposition.attachment()).filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .body(bytes);
    }

    /** A content type that can be served back; anything unreadable is just bytes. */
    private static String mediaType(String declared) {
        try {
            return declared == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE
                    : MediaType.parseMediaType(declared).toString();
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
    }
}
