package dev.switchboard.demo;

import dev.switchboard.accounts.User;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.funnel.Stage;
import dev.switchboard.funnel.StageGroup;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the demo's chats are made with: the workspace, its people, channels, funnel and tags. */
record DemoTeam(UUID workspaceId, List<User> operators, Map<ChannelType, Channel> channels,
        List<Stage> stages, Map<String, UUID> tags, ZoneId zone) {

    Channel channel(ChannelType type) {
        return channels.get(type);
    }

    List<Stage> stages(StageGroup group) {
        return stages.stream().filter(s -> s.group() == group).toList();
    }

    UUID tag(String name) {
        return tags.get(name);
    }
}
