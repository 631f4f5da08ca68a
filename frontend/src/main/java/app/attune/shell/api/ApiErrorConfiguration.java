package app.attune.shell.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Every error from {@code /api/**} is problem+json, wherever it arises: the controllers' advice answers their own
 * refusals, the error page below answers what falls through Spring (an unexpected exception, a refusal by the
 * security firewall), and {@link ApiErrorReportValve} what Tomcat refuses before Spring sees it.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration {

    /** Puts {@link ApiErrorReportValve} in place of the one Spring Boot adds; ordered last, to run after Boot's. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
        return new Customizer();
    }

    @Bean
    BasicErrorController basicErrorController(
            ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        return new ApiAwareErrorController(
                attributes, web, resolvers.orderedStream().toList());
    }

    private static final class Customizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = (StandardHost) context.getParent();
                // The host adds a valve of its errorReportValveClass at start unless one of that class is there; a
                // plain ErrorReportValve added then would answer before this one.
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                for (var valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ApiErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Spring Boot's error page, except that an API address gets problem+json whatever the request accepts. */
    static class ApiAwareErrorController extends BasicErrorController {

        /**
         * What {@code errorHtml} returns once it has written the problem itself: a view that renders nothing, as its
         * signature (unlike a handler method's) doesn't allow the null that would say so.
         */
        private static final View RESPONSE_WRITTEN = (model, request, response) -> {};

        ApiAwareErrorController(ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> resolvers) {
            super(attributes, web.getError(), resolvers);
        }

        @Override
        public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
            if (isApi(request)) {
                var problem = problem(request);
                response.setStatus(problem.getStatusCode().value());
                response.setContentType(ApiProblems.CONTENT_TYPE);
                response.setCharacterEncoding("UTF-8");
                try {
                    response.getWriter()
                            .write(ApiProblems.json(problem.getStatusCode().value()));
                } catch (java.io.IOException e) {
                    // the client has gone
                }
                return new ModelAndView(RESPONSE_WRITTEN);
            }
            return super.errorHtml(request, response);
        }

        @Override
        public ResponseEntity<Map<String, @Nullable Object>> error(HttpServletRequest request) {
            return isApi(request) ? problem(request) : super.error(request);
        }

        private ResponseEntity<Map<String, @Nullable Object>> problem(HttpServletRequest request) {
            int status = getStatus(request).value();
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of(
                            "type",
                            "about:blank",
                            "title",
                            getStatus(request).getReasonPhrase(),
                            "status",
                            status,
                            "detail",
                            ApiProblems.detail(status)));
        }

        private static boolean isApi(HttpServletRequest request) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return uri instanceof String path
                    && !path.isEmpty()
                    && ApiProblems.isApi(path.substring(
                            Math.min(path.length(), request.getContextPath().length())));
        }
    }
}
