package app.attune.notes;

import app.attune.base.PdfReport;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One signed note in a PDF, with its themes, signature and addenda: the same in every export that includes notes. */
public final class NotePdf {

    private NotePdf() {}

    /** Adds the note; {@code when} formats instants and {@code day} dates, both in the clinic's zone and language. */
    public static void add(PdfReport pdf, NoteView note, DateTimeFormatter when, DateTimeFormatter day) {
        var content = note.content();
        pdf.label("Session of " + day.format(content.sessionDate()) + " (" + content.template() + ")");
        for (var section : content.template().sections()) {
            String text = content.sections().get(section);
            if (text != null) {
                pdf.label(Character.toUpperCase(section.charAt(0)) + section.substring(1))
                        .text(text);
            }
        }
        if (content.distress() != null) {
            pdf.text("Distress: " + content.distress() + " of 10");
        }
        if (content.riskFlag()) {
            pdf.text("Risk: " + content.riskNote());
        }
        if (!content.practices().isEmpty()) {
            pdf.text("Practices discussed: " + String.join(", ", content.practices()));
        }
        if (!note.themes().isEmpty()) {
            pdf.text("Themes: " + note.themes().stream().map(ThemeOption::name).collect(Collectors.joining(", ")));
        }
        pdf.small("Signed by " + note.signedBy() + " on " + when.format(note.signedAt()) + ". SHA-256 "
                + note.contentHash());
        for (var a : note.addenda()) {
            pdf.label("Addendum by " + a.author() + ", " + when.format(a.at()))
                    .text(a.body())
                    .small("SHA-256 " + a.contentHash());
        }
    }
}
