package dev.switchboard.common.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Deep links of the web app (/chats/…) are answered with the app's page; the app routes them. */
@Controller
class SinglePageApp {

    @GetMapping({"/", "/signin", "/chats", "/chats/**", "/settings", "/settings/**", "/funnel", "/funnel/**", "/analytics"})
    String app() {
        return "forward:/index.html";
    }
}
