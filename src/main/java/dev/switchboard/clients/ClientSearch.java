package dev.switchboard.clients;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a search box text means for {@code clients.search_text}: LIKE patterns that any one
 * may match. A text with letters is a part of a name, username or e-mail in any case; a
 * text of digits and phone punctuation is (a part of) a phone number, read as people type
 * them in the workspace's country.
 */
public final class ClientSearch {

    /** Below this many characters a search would match nearly everyone, and trigrams cannot help. */
    public static final int MIN_LENGTH = 2;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private ClientSearch() {
    }

    /** The LIKE patterns (already escaped) of a search text; empty when the text is too short to search. */
    public static List<String> patterns(String typed, String country) {
        String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.length() < MIN_LENGTH) {
            return List.of();
        }
        if (!text.matches("[\\d\\s()+\\-.]+")) {
            return List.of(contains(text));
        }
        String digits = Phones.digits(text);
        if (digits.length() < MIN_LENGTH) {
            return List.of();
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(digits);
        // "8 912 345 67 89" and "+7 (912) 345-67-89" are stored as 79123456789
        Phones.normalise(text, country).ifPresent(e164 -> forms.add(Phones.digits(e164)));
        // a part typed after the national prefix ("8912345") is a part of the international form
        String prefix = UTIL.getNddPrefixForRegion(country, true);
        if (!text.startsWith("+") && prefix != null && !prefix.isEmpty() && digits.startsWith(prefix)
                && digits.length() > prefix.length() + 2) {
            forms.add(UTIL.getCountryCodeForRegion(country) + digits.substring(prefix.length()));
        }
        return forms.stream().map(ClientSearch::contains).toList();
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
