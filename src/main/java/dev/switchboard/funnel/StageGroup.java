package dev.switchboard.funnel;

/** What reaching a stage means: still in work, or one of the three endings that archive a chat. */
public enum StageGroup {
    active, success, failure, not_lead;

    public boolean archives() {
        return this != active;
    }
}
