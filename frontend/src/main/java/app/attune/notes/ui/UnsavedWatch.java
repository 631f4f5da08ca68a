package app.attune.notes.ui;

import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The note editor's script in the browser, kept in {@code unsaved-watch.js} and {@code saved-check.js} beside this
 * class. The indicator says "unsaved" the moment a key is pressed, before the server hears of it, and keeps saying so
 * until the server has all of the text; closing the window meanwhile asks first.
 */
final class UnsavedWatch {

    private static final String WATCH = script("unsaved-watch.js");
    private static final String SAVED = script("saved-check.js");

    private UnsavedWatch() {}

    /** Starts watching the editor's fields; watching the same editor twice does nothing more. */
    static void start(Component editor, String unsaved, String offline) {
        editor.getElement().executeJs(WATCH, unsaved, offline);
    }

    /** Tells the page what the server saved, so it says "saved" only if the fields hold no more than that. */
    static void saved(Component editor, Map<String, String> sections, String unsaved) {
        JsonNode saved = JsonMapper.shared().valueToTree(sections);
        editor.getElement().executeJs(SAVED, saved, unsaved);
    }

    private static String script(String name) {
        try (InputStream in = UnsavedWatch.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The note editor's script " + name + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
