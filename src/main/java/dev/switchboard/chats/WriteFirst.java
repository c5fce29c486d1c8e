package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Visibilities;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.channels.PlatformTemplate;
import dev.switchboard.clients.ClientProfile;
import dev.switchboard.clients.Clients;
import dev.switchboard.clients.Phones;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.Conflict;
import dev.switchboard.common.NotFound;
import dev.switchboard.common.RuleViolation;
import dev.switchboard.messages.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator starts a dialog: with a client we already have a chat with on that channel,
 * the chat is reused; otherwise, where the platform lets a business write first, a chat
 * is made for the address given — in Accepted, the caller responsible — and the first
 * message is queued. The address is read as people type it: a phone in any format of the
 * workspace's country, a username with or without "@", an e-mail in any case.
 */
@Component
class WriteFirst {

    /** Whom to write to: exactly one of the addresses. */
    record To(@Nullable String phone, @Nullable String username, @Nullable String email, @Nullable String externalId) {
    }

    record Request(@Nullable String channelId, @Nullable To to, @Nullable String text, @Nullable UUID templateId,
            @Nullable String clientName, ChatsController.@Nullable PlatformTemplateRequest platformTemplate) {
    }

    record Started(UUID chatId, boolean created) {
    }

    /** One address, read: its kind and the form the platform knows it by. */
    private record Address(String kind, String value) {
    }

    private final Channels channels;
    private final Clients clients;
    private final Chats chats;
    private final EventLines eventLines;
    private final Replies replies;
    private final ChatTemplates templates;
    private final Workspaces workspaces;
    private final Visibilities visibilities;
    private final ChatAccess access;

    WriteFirst(Channels channels, Clients clients, Chats chats, EventLines eventLines, Replies replies,
            ChatTemplates templates, Workspaces workspaces, Visibilities visibilities, ChatAccess access) {
        this.access = access;
        this.channels = channels;
        this.clients = clients;
        this.chats = chats;
        this.eventLines = eventLines;
        this.replies = replies;
        this.templates = templates;
        this.workspaces = workspaces;
        this.visibilities = visibilities;
    }

    @Transactional
    Started start(CurrentUser me, Request r) {
        UUID ws = me.workspaceId();
        Channel channel = channel(me, r.channelId());
        Address to = address(r.to(), workspaces.get(ws).country());
        if ((r.text() == null || r.text().isBlank()) && r.templateId() == null && r.platformTemplate() == null) {
            throw new BadRequest("text", "Write a text or pick a template");
        }
        PlatformTemplate platform = r.platformTemplate() == null ? null : r.platformTemplate().read();
        boolean byUsername = "username".equals(to.kind());
        Optional<UUID> known = clients.onChannel(ws, channel.id(), byUsername ? null : externalId(channel.type(), to),
                byUsername ? to.value() : null)
                .or(() -> clients.byContact(ws, "phone".equals(to.kind()) ? to.value() : null,
                        "email".equals(to.kind()) ? to.value() : null)
                        .filter(client -> chats.latestOf(ws, channel.id(), client).isPresent()));
        Optional<UUID> existing = known.flatMap(client -> chats.latestOf(ws, channel.id(), client));
        if (existing.isPresent()) {
            if (!access.sees(me, existing.get())) {
                // said without a word of whose it is or what it holds
                throw new Conflict("This client already has a dialog on this channel that a colleague handles");
            }
            send(me, existing.get(), r, platform);
            return new Started(existing.get(), false);
        }
        if (!channel.type().canWriteFirst()) {
            throw new RuleViolation(label(channel.type()) + " cannot start a dialog: only a client who wrote first"
                    + " can be answered there");
        }
        if (!channel.type().writeFirstBy().contains(to.kind())) {
            throw new RuleViolation(label(channel.type()) + " starts a dialog by " + String.join(" or ",
                    channel.type().writeFirstBy().stream().sorted().toList()) + ", not by " + to.kind());
        }
        String key = externalId(channel.type(), to);
        String name = r.clientName() != null && !r.clientName().isBlank() ? r.clientName().strip() : to.value();
        ClientProfile profile = new ClientProfile(key, name, "username".equals(to.kind()) ? to.value() : null,
                "phone".equals(to.kind()) ? to.value() : null, "email".equals(to.kind()) ? to.value() : null, null);
        // a card is shared only with who sees everything: an operator would otherwise see a stranger's card
        boolean mayShareCard = visibilities.of(me).seesAll();
        UUID client = known.or(() -> mayShareCard ? clients.byContact(ws, profile.phone(), profile.email())
                        : Optional.empty())
                .map(found -> clients.attach(ws, channel.id(), found, profile))
                .orElseGet(() -> clients.identify(ws, channel.id(), profile, workspaces.get(ws).country()));
        Chats.Found chat = chats.findOrCreate(ws, channel.id(), client, key, key, "message");
        if (chat.created()) {
            ChatState made = chats.lock(ws, chat.id()).orElseThrow();
            chats.save(ws, made.accept(me.id()).state());
            eventLines.write(ws, chat.id(), channel.id(), List.of(EventKind.created),
                    new EventLines.Actor(me.id(), me.name()), "");
        }
        send(me, chat.id(), r, platform);
        return new Started(chat.id(), chat.created());
    }

    private void send(CurrentUser me, UUID chatId, Request r, @Nullable PlatformTemplate platform) {
        if (platform != null) {
            replies.send(me, chatId, r.text(), List.of(), null, platform, null);
            return;
        }
        String text = r.text() != null && !r.text().isBlank() ? r.text()
                : templates.forChat(me, chatId, r.templateId()).text();
        replies.send(me, chatId, text, List.of(), null);
    }

    /** A channel the caller works in. */
    private Channel channel(CurrentUser me, @Nullable String id) {
        if (id == null || id.isBlank()) {
            throw new BadRequest("channelId", "Choose the channel to write from");
        }
        UUID channelId = dev.switchboard.common.Ids.parse(id).orElseThrow(() -> new NotFound("Channel not found"));
        return channels.find(me.workspaceId(), channelId)
                .filter(c -> visibilities.of(me).seesChannel(c.id()))
                .orElseThrow(() -> new NotFound("Channel not found"));
    }

    private static Address address(@Nullable To to, String country) {
        List<Address> given = new ArrayList<>();
        if (to != null) {
            if (to.phone() != null && !to.phone().isBlank()) {
                given.add(new Address("phone", Phones.normalise(to.phone(), country).orElseThrow(() ->
                        new BadRequest("to.phone", "\"" + to.phone() + "\" is not a phone number"))));
            }
            if (to.username() != null && !to.username().isBlank()) {
                given.add(new Address("username", to.username().strip().replaceFirst("^@", "")));
            }
            if (to.email() != null && !to.email().isBlank()) {
                String email = to.email().strip().toLowerCase(Locale.ROOT);
                if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw new BadRequest("to.email", "\"" + to.email() + "\" is not an e-mail address");
                }
                given.add(new Address("email", email));
            }
            if (to.externalId() != null && !to.externalId().isBlank()) {
                given.add(new Address("externalId", to.externalId().strip()));
            }
        }
        if (given.size() != 1) {
            throw new BadRequest("to", "Give exactly one of phone, username, email or externalId");
        }
        return given.getFirst();
    }

    /**
     * The platform's id of whom we write to, as its own messages will carry it: WhatsApp
     * knows a person by their number without "+", e-mail by the address, the others by the
     * id or username given.
     */
    private static String externalId(ChannelType type, Address to) {
        return switch (to.kind()) {
            case "phone" -> type == ChannelType.whatsapp ? to.value().substring(1) : to.value();
            case "username" -> "@" + to.value();
            default -> to.value();
        };
    }

    private static String label(ChannelType type) {
        return switch (type) {
            case telegram -> "A Telegram bot";
            case whatsapp -> "WhatsApp";
            case vk -> "A VK community";
            case instagram -> "An Instagram account";
            case facebook -> "A Facebook page";
            case email -> "E-mail";
            case widget -> "The website widget";
            case api -> "The API channel";
        };
    }
}
