package app.attune.records;

import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers, booleans and nulls as JSON; anything else as its string. */
final class Json {

    private Json() {}

    static String write(Object value) {
        var out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Integer n -> out.append(n);
            case Long n -> out.append(n);
            case Double d -> out.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
            case Map<?, ?> map -> {
                out.append('{');
                int i = 0;
                for (var entry : map.entrySet()) {
                    out.append(i++ == 0 ? "" : ",");
                    indent(out, depth + 1);
                    string(out, entry.getKey().toString());
                    out.append(": ");
                    write(out, entry.getValue(), depth + 1);
                }
                if (i > 0) {
                    indent(out, depth);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    indent(out, depth + 1);
                    write(out, list.get(i), depth + 1);
                }
                if (!list.isEmpty()) {
                    indent(out, depth);
                }
                out.append(']');
            }
            default -> string(out, value.toString());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
