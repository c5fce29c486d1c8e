package dev.switchboard.messages;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.Connector.PlatformFile;
import dev.switchboard.channels.Connectors;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.UpstreamFailure;
import dev.switchboard.files.FileStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading files to send, and downloading the files of the messages the caller may see
 * (an upload not sent yet only by who uploaded it).
 */
@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentsController {

    private final Attachments attachments;
    private final FileStore files;
    private final Channels channels;
    private final Connectors connectors;
    private final ChatGate gate;

    AttachmentsController(Attachments attachments, FileStore files, Channels channels, Connectors connectors,
            ChatGate gate) {
        this.gate = gate;
        this.attachments = attachments;
        this.files = files;
        this.channels = channels;
        this.connectors = connectors;
    }

    /** Uploads a file (multipart field file) to send with a message; its type is read from its bytes. Answers its id for attachmentIds. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MessageView.AttachmentView upload(@AuthenticationPrincipal CurrentUser me, @RequestParam("file") MultipartFile file) {
        FileResponses.Upload upload = FileResponses.read(file);
        String key = files.store(upload.bytes());
        return attachments.addUpload(me.workspaceId(), me.id(), upload.name(), upload.contentType(), file.getSize(),
                key);
    }

    /** The bytes of a file: of a message in a chat the caller sees, or an upload of their own not sent yet. */
    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        Attachments.Stored stored = attachments.find(me.workspaceId(), Ids.parseOrNotFound(id))
                .filter(f -> f.chatId() != null ? gate.sees(me, f.chatId()) : me.id().equals(f.createdBy()))
                .orElseThrow(() -> new NotFound("File not found"));
        byte[] bytes;
        String type = stored.contentType();
        if (stored.storageKey() != null) {
            bytes = files.read(stored.storageKey());
        } else if (stored.platformRef() != null && stored.channelId() != null) {
            var channel = channels.find(me.workspaceId(), stored.channelId())
                    .orElseThrow(() -> new NotFound("The file's channel was removed"));
            PlatformFile fetched;
            try {
                fetched = connectors.of(channel.type()).fetch(channel, stored.platformRef());
            } catch (RuntimeException e) {
                throw new UpstreamFailure("The file could not be fetched from " + channel.type() + ": " + e.getMessage());
            }
            bytes = fetched.bytes();
            attachments.keep(me.workspaceId(), stored.id(), files.store(bytes), bytes.length);
        } else {
            throw new NotFound("File not found");
        }
        return FileResponses.download(stored.name(), type, bytes);
    }
}
