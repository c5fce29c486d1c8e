package dev.switchboard.accounts;

import dev.switchboard.common.BadRequest;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** The rules for a workspace's country, time zone and language, shared by sign-up and settings. */
final class WorkspaceSettings {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LOCALES = Set.of("ru", "en");

    private WorkspaceSettings() {
    }

    static String country(String country) {
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BadRequest("country", "country must be an ISO 3166 two-letter code");
        }
        return code;
    }

    static String timezone(String timezone) {
        try {
            return ZoneId.of(timezone.trim()).getId();
        } catch (DateTimeException e) {
            throw new BadRequest("timezone", "timezone must be an IANA time zone such as Europe/Moscow");
        }
    }

    static String locale(String locale) {
        if (!LOCALES.contains(locale)) {
            throw new BadRequest("locale", "locale must be ru or en");
        }
        return locale;
    }
}
