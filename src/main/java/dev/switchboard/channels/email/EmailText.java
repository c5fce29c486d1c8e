package dev.switchboard.channels.email;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** What a person wrote in an e-mail: HTML read as text, the quoted earlier messages cut off. */
final class EmailText {

    /** Lines that introduce a quote of the earlier message, in the mail clients' own words. */
    private static final List<Pattern> QUOTE_HEADERS = List.of(
            Pattern.compile("^On .+wrote:\\s*$"),
            Pattern.compile("^.*\\d{1,2}[:.]\\d{2}.*(писал|написал|пишет|wrote)\\S*:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^-{2,}\\s*(Original Message|Исходное сообщение|Пересылаемое сообщение)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(From|От):\\s.+$"));

    private EmailText() {
    }

    /** The text of an HTML body: paragraphs and line breaks kept, scripts, styles and tags gone. */
    static String fromHtml(String html) {
        Document doc = Jsoup.parse(Jsoup.clean(html, "", Safelist.relaxed().removeTags("img"),
                new Document.OutputSettings().prettyPrint(false)));
        doc.select("br").after("\\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, blockquote").before("\\n\\n");
        String text = doc.text().replace("\\n", "\n");
        return text.replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * An HTML body as it may be shown: text formatting, lists, tables, quotes and links only —
     * no scripts, styles, forms, frames, images or event handlers; links open apart, without the referrer.
     */
    static String safeHtml(String html) {
        Safelist kept = Safelist.relaxed().removeTags("img")
                .addEnforcedAttribute("a", "target", "_blank")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
                .addProtocols("a", "href", "http", "https", "mailto", "tel");
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        // the quoted earlier messages, as the common mail programs mark them
        doc.select("blockquote, .gmail_quote, .yahoo_quoted, #appendonsend, div[id^=divRplyFwdMsg], .moz-cite-prefix")
                .remove();
        return Jsoup.clean(doc.body().html(), "", kept, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /** The new part of a reply: everything from the first quote header or quoted block at the end is cut. */
    static String withoutQuote(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int cut = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (QUOTE_HEADERS.stream().anyMatch(p -> p.matcher(line).matches()) && i > 0) {
                cut = i;
                break;
            }
            if (line.startsWith(">") && restIsQuoted(lines, i)) {
                cut = i;
                break;
            }
        }
        String kept = String.join("\n", java.util.Arrays.copyOf(lines, cut)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static boolean restIsQuoted(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith(">")) {
                return false;
            }
        }
        return true;
    }
}
