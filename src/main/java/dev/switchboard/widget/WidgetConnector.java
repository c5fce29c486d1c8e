package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Connector;
import dev.switchboard.channels.Delivery;
import dev.switchboard.channels.HookAnswer;
import dev.switchboard.channels.HookCall;
import dev.switchboard.channels.HookRejected;
import dev.switchboard.channels.OutboundMessage;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The website widget as a channel. Its visitors write through the visitor API, not a hook;
 * an answer is delivered as soon as it is stored, since the visitor's window reads it from us
 * (live, or when the page is opened next).
 */
@Component
class WidgetConnector implements Connector {

    @Override
    public ChannelType type() {
        return ChannelType.widget;
    }

    @Override
    public Map<String, Object> connect(Channel channel) {
        return WidgetSettings.checked(channel);
    }

    @Override
    public HookAnswer receive(Channel channel, HookCall call) {
        throw new HookRejected(404, "The widget's visitors write through /widget/v1/" + channel.id());
    }

    @Override
    public Delivery deliver(Channel channel, OutboundMessage message) {
        return new Delivery.Sent(message.messageId().toString());
    }

    @Override
    public PlatformFile fetch(Channel channel, String platformRef) {
        throw new IllegalStateException("A visitor's files are stored when they are sent");
    }

    @Override
    public Map<String, Object> visibleSettings(Map<String, Object> settings) {
        return settings;
    }
}
