package dev.switchboard.widget;

import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /widget.js}, loaded by every page of every site with the widget: cached by browsers
 * and proxies for five minutes, so a page view costs no request and a new release still
 * reaches visitors within minutes.
 */
@Configuration(proxyBeanMethods = false)
class WidgetScript implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/widget.js").addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic());
    }
}
