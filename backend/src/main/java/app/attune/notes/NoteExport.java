package app.attune.notes;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.base.ClinicService;
import app.attune.security.TherapistDirectory;

/** A client's signed notes as a PDF, with their themes, signatures and addenda, for a records request. */
@Service
public class NoteExport {

    private static final Locale LOCALE = Locale.CANADA;

    private final SessionNoteRepository notes;
    private final NoteAddendumRepository addenda;
    private final NoteAccess access;
    private final TherapistDirectory therapists;
    private final ClinicService clinics;
    private final AuditLog audit;
    private final Clock clock;

    NoteExport(SessionNoteRepository notes, NoteAddendumRepository addenda, NoteAccess access,
            TherapistDirectory therapists, ClinicService clinics, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.addenda = addenda;
        this.access = access;
        this.therapists = therapists;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client's signed notes, oldest first, as a PDF, for their own therapist. The export is audited. */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public byte[] signedNotesPdf(UUID clientId) {
        var client = access.requireOwnClient(clientId);
        var signed = notes.findSignedWithThemes(clientId);
        var corrections = addenda.findForNotes(signed.stream().map(SessionNote::getId).toList()).stream()
                .collect(Collectors.groupingBy(NoteAddendum::getNoteId));
        var people = new java.util.HashSet<UUID>();
        signed.forEach(n -> people.add(n.getSignedBy()));
        corrections.values().forEach(list -> list.forEach(a -> people.add(a.getAuthorId())));
        var names = therapists.names(people);
        ZoneId zone = clinics.clinic().zone();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(LOCALE).withZone(zone);
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE);

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(document, out);
        document.open();
        var title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        var heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        var label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        var body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        var small = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.ITALIC);
        document.add(new Paragraph("Signed session notes: " + client.displayName(), title));
        document.add(new Paragraph(clinics.clinic().name() + ". Exported " + when.format(clock.instant()) + ", "
                + signed.size() + " signed note(s). Confidential health information.", small));
        for (var note : signed) {
            var content = note.content();
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Session of " + day.format(note.getSessionDate()) + " (" + content.template()
                    + ")", heading));
            for (var section : content.template().sections()) {
                String text = content.sections().get(section);
                if (text != null) {
                    document.add(new Paragraph(Character.toUpperCase(section.charAt(0)) + section.substring(1), label));
                    document.add(new Paragraph(text, body));
                }
            }
            if (content.distress() != null) {
                document.add(new Paragraph("Distress: " + content.distress() + " of 10", body));
            }
            if (content.riskFlag()) {
                document.add(new Paragraph("Risk: " + content.riskNote(), body));
            }
            if (!content.practices().isEmpty()) {
                document.add(new Paragraph("Practices discussed: " + String.join(", ", content.practices()), body));
            }
            if (!note.getThemes().isEmpty()) {
                document.add(new Paragraph("Themes: " + note.getThemes().stream().map(Theme::getName).sorted()
                        .collect(Collectors.joining(", ")), body));
            }
            document.add(new Paragraph("Signed by " + names.get(note.getSignedBy()) + " on "
                    + when.format(note.getSignedAt()) + ". SHA-256 " + note.getContentHash(), small));
            for (var a : corrections.getOrDefault(note.getId(), java.util.List.of())) {
                document.add(new Paragraph("Addendum by " + names.get(a.getAuthorId()) + ", "
                        + when.format(a.getCreatedAt()), label));
                document.add(new Paragraph(a.getBody(), body));
                document.add(new Paragraph("SHA-256 " + a.getContentHash(), small));
            }
        }
        document.close();
        audit.record(AuditAction.EXPORT, clientId, "notes", clientId, signed.size() + " signed notes as PDF");
        return out.toByteArray();
    }
}
