package app.attune;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone talking plain HTTP to the application under test, without a browser: from a loopback address of its own
 * (127.x.y.z), so it can play an untrusted visitor or the trusted proxy, with its own cookies, redirects not followed.
 */
public final class HttpVisitor implements AutoCloseable {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final HttpClient http;
    private final int port;

    private HttpVisitor(String address, int port) throws Exception {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .localAddress(InetAddress.getByName(address))
                .build();
        this.port = port;
    }

    /** A visitor whose connections come from {@code address}. */
    public static HttpVisitor from(String address, int port) throws Exception {
        return new HttpVisitor(address, port);
    }

    private URI uri(String path) {
        // 127.0.0.1 rather than localhost: a loopback source address needs an IPv4 destination.
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** GETs {@code path}, with extra headers given as name, value, name, value. */
    public HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs an HTML form, fields in the given order, with extra headers as name, value, …. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws Exception {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The sign-in form's hidden CSRF field, as the page hands it to the browser: GET {@code /login} (which also starts
     * the session the token belongs to) and read the name and value from its meta tags.
     */
    public Map.Entry<String, String> csrfField() throws Exception {
        var page = get("/login");
        var tags = new LinkedHashMap<String, String>();
        var matcher = META.matcher(page.body());
        while (matcher.find()) {
            tags.put(matcher.group(1), matcher.group(2));
        }
        if (!tags.containsKey("_csrf") || !tags.containsKey("_csrf_parameter")) {
            throw new AssertionError("The sign-in page carries no CSRF token: " + page.statusCode());
        }
        return Map.entry(tags.get("_csrf_parameter"), tags.get("_csrf"));
    }

    /** Posts the sign-in form as the browser does, with the page's CSRF token; extra headers as name, value, …. */
    public HttpResponse<String> signIn(String email, String password, String... headers) throws Exception {
        var csrf = csrfField();
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", email);
        fields.put("password", password);
        fields.put(csrf.getKey(), csrf.getValue());
        return postForm("/login", fields, headers);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
