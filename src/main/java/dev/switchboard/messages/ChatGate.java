package dev.switchboard.messages;

import dev.switchboard.accounts.CurrentUser;
import java.util.UUID;

/** Whether a user may see a chat, for what the messages module serves on its own (files). */
public interface ChatGate {

    boolean sees(CurrentUser me, UUID chatId);
}
