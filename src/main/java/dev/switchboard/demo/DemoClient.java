package dev.switchboard.demo;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.clients.Clients;
import dev.switchboard.common.Ids;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client of the demo: the card and one identity per channel the client wrote from. */
final class DemoClient {

    /** The client's id on one channel, as that platform spells ids. */
    record Identity(Channel channel, String externalId, @Nullable String username) {
    }

    final UUID id = Ids.next();
    final DemoPeople.Person person;
    @Nullable String phone;
    @Nullable String email;
    @Nullable String username;
    final Map<ChannelType, Identity> identities = new EnumMap<>(ChannelType.class);

    DemoClient(DemoPeople.Person person) {
        this.person = person;
    }

    /** The client's identity on the channel, made the first time the client writes there. */
    Identity identity(Channel channel, DemoPeople people, Random random) {
        Identity known = identities.get(channel.type());
        if (known != null) {
            return known;
        }
        String handle = null;
        String external = switch (channel.type()) {
            case telegram -> {
                handle = random.nextInt(100) < 75 ? people.username(person, "_") : null;
                yield String.valueOf(200_000_000L + (long) (random.nextDouble() * 6_800_000_000L));
            }
            case whatsapp -> {
                if (phone == null) {
                    phone = people.phone();
                }
                yield phone.substring(1);
            }
            case vk -> String.valueOf(1_000_000 + random.nextInt(799_000_000));
            case instagram -> {
                handle = people.username(person, random.nextBoolean() ? "." : "_");
                yield "17841" + String.format(Locale.ROOT, "%011d", (long) (random.nextDouble() * 99_999_999_999L));
            }
            case email -> {
                if (email == null) {
                    email = people.email(person);
                }
                yield email;
            }
            default -> {
                byte[] bytes = new byte[8];
                random.nextBytes(bytes);
                yield "visitor-" + HexFormat.of().formatHex(bytes);
            }
        };
        if (username == null && handle != null) {
            username = handle;
        }
        Identity identity = new Identity(channel, external, handle);
        identities.put(channel.type(), identity);
        return identity;
    }

    String searchText() {
        return Clients.searchText(person.name(), username, email, phone);
    }
}
