package app.attune.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A text with placeholders goes through {@link MessageFormat}, where a single apostrophe starts a quoted stretch: "We've
 * sent it to {0}" once showed visitors "Weve sent it to {0}". Such texts must double their apostrophes.
 */
class TranslationsTest {

    @Test
    void every_text_with_placeholders_shows_its_apostrophes_and_fills_its_placeholders() throws IOException {
        var texts = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var broken = new ArrayList<String>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (!text.matches("(?s).*\\{\\d.*")) {
                continue;
            }
            var format = new MessageFormat(text, Locale.ENGLISH);
            var formats = format.getFormatsByArgumentIndex();
            Object[] args = new Object[formats.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = formats[i] instanceof java.text.NumberFormat
                        ? 7
                        : formats[i] instanceof java.text.DateFormat ? new java.util.Date() : "ARG" + i;
            }
            String shown = format.format(args);
            long apostrophes = text.chars().filter(c -> c == '\'').count() / 2;
            if (shown.contains("{") || shown.chars().filter(c -> c == '\'').count() != apostrophes) {
                broken.add(key + " shows: " + shown);
            }
        }
        assertThat(broken).isEmpty();
    }
}
