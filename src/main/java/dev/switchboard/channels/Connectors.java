package dev.switchboard.channels;

import dev.switchboard.common.RuleViolation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The connector of each platform that this server can connect. */
@Component
public class Connectors {

    private final Map<ChannelType, Connector> byType = new EnumMap<>(ChannelType.class);

    Connectors(List<Connector> connectors) {
        connectors.forEach(c -> byType.put(c.type(), c));
    }

    public java.util.Optional<Connector> find(ChannelType type) {
        return java.util.Optional.ofNullable(byType.get(type));
    }

    public Connector of(ChannelType type) {
        Connector connector = byType.get(type);
        if (connector == null) {
            throw new RuleViolation("Channels of type " + type + " are not available yet");
        }
        return connector;
    }
}
