package dev.switchboard.chats;

import dev.switchboard.accounts.CurrentUser;
import dev.switchboard.common.BadRequest;
import dev.switchboard.common.NotFound;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of one chat's fields: stage, responsible, price, custom fields and tags. Stage and
 * responsible go through the same statements as mass actions, so one chat and ten thousand
 * follow the same rules and leave the same lines in the history.
 */
@Service
class ChatEdits {

    private static final Set<String> EDITABLE = Set.of("stageId", "responsibleId", "price", "fields");
    private static final int MAX_FIELDS = 50;

    private final MassActions mass;
    private final Chats chats;
    private final ApplicationEventPublisher events;

    ChatEdits(MassActions mass, Chats chats, ApplicationEventPublisher events) {
        this.mass = mass;
        this.chats = chats;
        this.events = events;
    }

    @Transactional
    void patch(CurrentUser by, UUID chatId, Map<String, Object> body) {
        UUID ws = by.workspaceId();
        chats.lock(ws, chatId).orElseThrow(() -> new NotFound("Chat not found"));
        for (String key : body.keySet()) {
            if (!EDITABLE.contains(key)) {
                throw new BadRequest(key, "Only stageId, responsibleId, price and fields can be changed");
            }
        }
        List<String> one = List.of(chatId.toString());
        if (body.containsKey("stageId")) {
            if (!(body.get("stageId") instanceof String stageId)) {
                throw new BadRequest("stageId", "stageId must be a stage id");
            }
            mass.apply(by, new MassAction(one, null, "setStage", stageId, null, null));
        }
        if (body.containsKey("responsibleId")) {
            Object responsible = body.get("responsibleId");
            if (responsible != null && !(responsible instanceof String)) {
                throw new BadRequest("responsibleId", "responsibleId must be a user id or null");
            }
            mass.apply(by, new MassAction(one, null, "assign", null, null, (String) responsible));
        }
        if (body.containsKey("price")) {
            price(ws, chatId, body.get("price"));
        }
        if (body.containsKey("fields")) {
            fields(ws, chatId, body.get("fields"));
        }
        events.publishEvent(new ChatChanged(ws, chatId, false));
    }

    @Transactional
    void addTags(CurrentUser by, UUID chatId, List<String> tagIds) {
        chats.lock(by.workspaceId(), chatId).orElseThrow(() -> new NotFound("Chat not found"));
        mass.apply(by, new MassAction(List.of(chatId.toString()), null, "addTags", null, tagIds, null));
    }

    @Transactional
    void removeTag(CurrentUser by, UUID chatId, String tagId) {
        chats.lock(by.workspaceId(), chatId).orElseThrow(() -> new NotFound("Chat not found"));
        mass.apply(by, new MassAction(List.of(chatId.toString()), null, "removeTags", null, List.of(tagId), null));
    }

    private void price(UUID ws, UUID chatId, Object value) {
        if (value == null) {
            chats.price(ws, chatId, null, null);
            return;
        }
        if (!(value instanceof Map<?, ?> price) || price.get("currency") == null || price.get("amount") == null) {
            throw new BadRequest("price", "price must be {\"amount\": \"1500.00\", \"currency\": \"RUB\"} or null");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(String.valueOf(price.get("amount")));
        } catch (NumberFormatException e) {
            throw new BadRequest("price.amount", "amount must be a decimal number such as \"1500.00\"");
        }
        if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw new BadRequest("price.amount", "amount must be from 0 to 999999999999.99 with at most 2 decimals");
        }
        String currency = String.valueOf(price.get("currency"));
        if (!currency.matches("[A-Z]{3}")) {
            throw new BadRequest("price.currency", "currency must be a three-letter code such as RUB");
        }
        chats.price(ws, chatId, amount, currency);
    }

    private void fields(UUID ws, UUID chatId, Object value) {
        if (!(value instanceof Map<?, ?> given)) {
            throw new BadRequest("fields", "fields must be an object of names and values");
        }
        Map<String, Object> set = new HashMap<>();
        List<String> removed = new java.util.ArrayList<>();
        given.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!key.matches("[\\p{L}\\p{N}_.\\- ]{1,64}")) {
                throw new BadRequest("fields", "A field name is 1 to 64 letters, digits, spaces, _ . or -");
            }
            if (v == null) {
                removed.add(key);
            } else if (v instanceof String s && s.length() <= 2000 || v instanceof Number || v instanceof Boolean) {
                set.put(key, v);
            } else {
                throw new BadRequest("fields." + key, "A field value is a text up to 2000 characters, a number or true/false");
            }
        });
        Map<String, Object> merged = new HashMap<>(chats.fields(ws, chatId));
        merged.putAll(set);
        removed.forEach(merged::remove);
        if (merged.size() > MAX_FIELDS) {
            throw new BadRequest("fields", "A chat has at most " + MAX_FIELDS + " fields");
        }
        chats.fields(ws, chatId, merged);
    }
}
