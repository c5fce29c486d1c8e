package dev.switchboard.widget;

import dev.switchboard.channels.Channel;
import dev.switchboard.common.Ids;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A page to try a widget on, as a visitor would meet it on the site: the admin opens it from
 * the channel's settings, and the demo's visitors from {@code /demo}. It is the app's own
 * page, so it works before any site is listed among the allowed ones.
 */
@RestController
class WidgetPages {

    private final Visitors visitors;
    private final String publicUrl;

    WidgetPages(Visitors visitors, @Value("${switchboard.public-url}") String publicUrl) {
        this.visitors = visitors;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping("/widget/try/{channelId}")
    ResponseEntity<String> tryOut(@PathVariable String channelId) {
        Channel channel = visitors.widget(Ids.parseOrNotFound(channelId));
        WidgetSettings s = WidgetSettings.of(channel);
        String title = HtmlUtils.htmlEscape(s.title());
        String page = PAGE.replace("{title}", title).replace("{color}", s.color())
                .replace("{channel}", channel.id().toString()).replace("{app}", HtmlUtils.htmlEscape(publicUrl));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page);
    }

    private static final String PAGE = """
            <!doctype html>
            <html lang="ru">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{title}</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <style>
                body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
                       background: #f8fafc; }
                header { background: {color}; color: #fff; padding: 48px 24px 56px; }
                header h1 { margin: 0 0 8px; font-size: 32px; }
                header p { margin: 0; opacity: .9; max-width: 640px; }
                main { max-width: 720px; margin: -28px auto 0; padding: 0 24px 96px; }
                .card { background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 24px;
                        margin-bottom: 16px; }
                .card h2 { margin: 0 0 8px; font-size: 18px; }
                .en { color: #6b7280; }
                code { background: #f1f5f9; border-radius: 6px; padding: 2px 6px; font-size: 14px; word-break: break-all; }
              </style>
            </head>
            <body>
              <header>
                <h1>{title}</h1>
                <p>Пробная страница сайта с чатом. <span lang="en">A test page of a site with the chat.</span></p>
              </header>
              <main>
                <section class="card">
                  <h2>Напишите как посетитель</h2>
                  <p>Окно чата — в правом нижнем углу. Сообщение придёт во «Входящие» Switchboard, а ответ оператора
                  появится здесь сразу, без перезагрузки страницы.</p>
                  <p class="en" lang="en">Write as a visitor in the chat window at the bottom right: the message
                  reaches Switchboard's inbox, and the operator's answer appears here at once.</p>
                </section>
                <section class="card">
                  <h2>На вашем сайте / On your site</h2>
                  <p>Вставьте перед <code>&lt;/body&gt;</code>:
                  <code>&lt;script src="{app}/widget.js" data-channel="{channel}" async&gt;&lt;/script&gt;</code></p>
                </section>
              </main>
              <script src="/widget.js" data-channel="{channel}" async></script>
            </body>
            </html>
            """;
}
