package app.attune.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet is hand-written and grows with every feature. One unclosed brace makes browsers drop every rule after
 * it, which once hid the desktop layout and the whole calendar; this catches it before anyone sees it.
 */
class StylesheetTest {

    @Test
    void every_rule_of_the_stylesheet_is_closed_so_no_later_rule_is_lost() throws IOException {
        String css;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/styles/attune.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a brace closes nothing on line %d", line).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
