package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.accounts.Workspaces;
import dev.switchboard.clients.Client;
import dev.switchboard.clients.Clients;
import dev.switchboard.common.NotFound;
import dev.switchboard.templates.Template;
import dev.switchboard.templates.TemplateText;
import dev.switchboard.templates.Templates;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A template's text for one chat: the client's, the operator's and the workspace's names filled in. */
@Component
class ChatTemplates {

    private final Templates templates;
    private final ChatList list;
    private final Clients clients;
    private final Workspaces workspaces;

    ChatTemplates(Templates templates, ChatList list, Clients clients, Workspaces workspaces) {
        this.templates = templates;
        this.list = list;
        this.clients = clients;
        this.workspaces = workspaces;
    }

    /** The template as the caller would send it in this chat. */
    Template forChat(CurrentUser me, UUID chatId, UUID templateId) {
        Template template = templates.find(me.workspaceId(), me.id(), templateId)
                .orElseThrow(() -> new NotFound("Template not found"));
        ChatRow chat = list.row(me.workspaceId(), chatId).orElseThrow(() -> new NotFound("Chat not found"));
        Client client = clients.find(me.workspaceId(), UUID.fromString(chat.client().id())).orElseThrow();
        return new Template(template.id(), template.title(), TemplateText.render(template.text(), values(me, client)),
                template.shortcut(), template.personal());
    }

    private Map<String, String> values(CurrentUser me, Client client) {
        Map<String, String> values = new HashMap<>();
        values.put("client.name", client.name());
        values.put("client.firstName", TemplateText.firstName(client.name()));
        values.put("client.phone", client.phone());
        values.put("client.email", client.email());
        values.put("client.username", client.username());
        values.put("operator.name", me.name());
        values.put("operator.firstName", TemplateText.firstName(me.name()));
        values.put("workspace.name", workspaces.get(me.workspaceId()).name());
        return values;
    }
}
