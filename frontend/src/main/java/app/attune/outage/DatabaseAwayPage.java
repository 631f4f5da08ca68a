package app.attune.outage;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets for a request outside Vaadin (a filter, the calendar feed) that failed because the database
 * is away: 503, {@code Retry-After}, and the same calm words as the screens, without a stack trace or a 500. Plain HTML
 * with no database behind it, so it can't fail the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseAwayPage implements ErrorViewResolver {

    @Override
    public @Nullable ModelAndView resolveErrorView(
            HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        boolean away = status == HttpStatus.SERVICE_UNAVAILABLE
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                        && DatabaseAway.explains(t);
        if (!away) {
            return null;
        }
        var page = new ModelAndView(new CalmPage());
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }

    private static final class CalmPage implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws java.io.IOException {
            // The screens' own translations, read directly: Vaadin isn't running this request.
            var words = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseAway.retryAfterSeconds());
            response.setContentType(getContentType());
            String html = """
                    <!doctype html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s</title><link rel="stylesheet" href="%s/styles/attune.css"></head>
                    <body><main class="attune-unavailable"><h1>%s</h1><p>%s</p><p><a href="">%s</a></p></main></body>
                    </html>
                    """.formatted(
                            text(words, "title.unavailable"),
                            request.getContextPath(),
                            text(words, "unavailable.heading"),
                            text(words, "unavailable.text"),
                            text(words, "unavailable.retry"));
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }

        private static String text(ResourceBundle words, String key) {
            return HtmlUtils.htmlEscape(words.getString(key));
        }
    }
}
