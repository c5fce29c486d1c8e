package dev.switchboard.clients;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.Connector.PlatformFile;
import dev.switchboard.channels.Connectors;
import dev.switchboard.common.Ids;
import dev.switchboard.common.NotFound;
import dev.switchboard.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients' pictures: fetched from the platform once, after the client's first message is
 * committed, kept in our storage and served within the workspace.
 */
@RestController
class ClientAvatars {

    private static final Logger log = LoggerFactory.getLogger(ClientAvatars.class);

    private final Clients clients;
    private final Channels channels;
    private final Connectors connectors;
    private final FileStore files;

    ClientAvatars(Clients clients, Channels channels, Connectors connectors, FileStore files) {
        this.clients = clients;
        this.channels = channels;
        this.connectors = connectors;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(ClientCreated created) {
        if (created.avatarRef() == null) {
            return;
        }
        channels.find(created.workspaceId(), created.channelId()).ifPresent(channel -> {
            PlatformFile picture = connectors.of(channel.type()).fetch(channel, created.avatarRef());
            if (picture.bytes().length == 0) {
                log.debug("Client {} has no picture on {}", created.clientId(), channel.type());
                return;
            }
            clients.setAvatar(created.workspaceId(), created.clientId(), files.store(picture.bytes()));
        });
    }

    /** The client's profile photo, as the platform gave it. */
    @GetMapping("/api/v1/clients/{id}/avatar")
    ResponseEntity<byte[]> avatar(@AuthenticationPrincipal CurrentUser me, @PathVariable String id) {
        String key = clients.avatarKey(me.workspaceId(), Ids.parseOrNotFound(id))
                .orElseThrow(() -> new NotFound("The client has no picture"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePrivate())
                .body(files.read(key));
    }
}
