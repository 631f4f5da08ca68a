package app.attune.shell.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An address that is no route is refused before Vaadin sees it (403 for a signed-in person) or not found (404), and
 * the browser would show a bare error. Sending the person to the friendly not-found page keeps them inside Attune,
 * and says nothing about which addresses exist.
 */
@Component
class NotFoundRedirect implements ErrorViewResolver {

    @Override
    public @Nullable ModelAndView resolveErrorView(
            HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN
                ? new ModelAndView("redirect:/not-found")
                : null;
    }
}
