package app.attune.shell.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error page for what it refuses before the application sees it (a request line or header too long,
 * bytes that aren't HTTP), as problem+json for the API. Elsewhere Tomcat's page stays, without report or server
 * version.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    /** Public, as Tomcat may create the host's error valve by its class name. */
    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var uri = request.getCoyoteRequest().requestURI();
        if (!ApiProblems.isApi(uri == null || uri.isNull() ? null : uri.toString())) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        // The same guards as Tomcat's: nothing for success, nothing once a body is written or the error reported.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(ApiProblems.CONTENT_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            var writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiProblems.json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the response can no longer be written: there is nobody to tell.
        }
    }
}
