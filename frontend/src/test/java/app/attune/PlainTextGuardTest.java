package app.attune;

import static org.assertj.core.api.Assertions.assertThat;

import app.attune.base.MultilineText;
import app.attune.base.PersonName;
import app.attune.base.PlainText;
import app.attune.consultation.BookingRequest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every string a person can send in a command record is checked for control characters and lone surrogates: a public
 * record in app.attune whose name ends in Form, Request, Change, Draft, Query or Filter has {@link PlainText},
 * {@link MultilineText} or {@link PersonName} on each String component, and on each String inside a list or map.
 * A new command with an unchecked string fails here, before a NUL reaches PostgreSQL as a 500.
 */
class PlainTextGuardTest {

    private static final Pattern COMMAND = Pattern.compile(".*(Form|Request|Change|Draft|Query|Filter)");

    private static List<Class<?>> commands() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.attune").stream()
                        .map(JavaClass::reflect)
                        .filter(c -> c.isRecord() && Modifier.isPublic(c.getModifiers()))
                        .filter(c -> COMMAND.matcher(c.getSimpleName()).matches())
                        .toList();
    }

    @Test
    void every_string_in_a_command_record_carries_a_text_rule() {
        var commands = commands();
        var unchecked = new ArrayList<String>();
        for (var command : commands) {
            for (var component : command.getRecordComponents()) {
                String where = command.getSimpleName() + "." + component.getName();
                if (component.getType() == String.class && !checked(component)) {
                    unchecked.add(where);
                }
                uncheckedInside(component.getAnnotatedType(), where, unchecked);
            }
        }

        assertThat(commands)
                .as("the guard finds the commands")
                .contains(BookingRequest.class)
                .hasSizeGreaterThan(8);
        assertThat(unchecked)
                .as("String components without @PlainText, @MultilineText or @PersonName")
                .isEmpty();
    }

    private static void uncheckedInside(AnnotatedType type, String where, List<String> unchecked) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            var arguments = parameterized.getAnnotatedActualTypeArguments();
            // A map's keys are the program's own (a note's section names), checked against a fixed set.
            boolean map = parameterized.getType().getTypeName().startsWith("java.util.Map<");
            for (int i = map ? 1 : 0; i < arguments.length; i++) {
                var argument = arguments[i];
                if (argument.getType() == String.class && !checked(argument)) {
                    unchecked.add(where + "<" + argument.getType().getTypeName() + ">");
                }
                uncheckedInside(argument, where, unchecked);
            }
        }
    }

    private static boolean checked(AnnotatedElement element) {
        return element.isAnnotationPresent(PlainText.class)
                || element.isAnnotationPresent(MultilineText.class)
                || element.isAnnotationPresent(PersonName.class);
    }
}
