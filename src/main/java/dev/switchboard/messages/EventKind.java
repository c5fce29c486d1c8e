package dev.switchboard.messages;

/** The moves of a chat that leave an event line in its history. */
public enum EventKind {
    accepted("Чат принят — {actor}", "{actor} accepted the chat"),
    archived("Чат отправлен в архив — {actor}", "{actor} archived the chat"),
    reopened("Новое сообщение вернуло чат в «Новые»", "A new message moved the chat back to New"),
    assigned("Ответственный: {subject} — {actor}", "{actor} made {subject} responsible"),
    unassigned("Ответственный снят — {actor}", "{actor} cleared the responsible"),
    stage_changed("Статус воронки: «{subject}» — {actor}", "{actor} moved the chat to stage \"{subject}\""),
    created("Диалог начат — {actor}", "{actor} started the dialog"),
    stopped("Чат отправлен в архив по стоп-листу", "The stop-list sent the chat to the archive"),
    auto_assigned("Назначен автоматически: {subject}", "Assigned automatically to {subject}");

    private final String ru;
    private final String en;

    EventKind(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** The line as the workspace's language says it. */
    public String describe(String locale, String actor, String subject) {
        String pattern = "ru".equals(locale) ? ru : en;
        return pattern.replace("{actor}", actor).replace("{subject}", subject);
    }
}
