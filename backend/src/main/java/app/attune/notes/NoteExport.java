package app.attune.notes;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.PdfReport;
import app.attune.security.Access;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's signed notes as a PDF, with their themes, signatures and addenda, for a records request. */
@Service
public class NoteExport {

    private static final Locale LOCALE = Locale.CANADA;

    private final NoteService notes;
    private final NoteAccess access;
    private final ClinicService clinics;
    private final AuditLog audit;
    private final Clock clock;

    NoteExport(NoteService notes, NoteAccess access, ClinicService clinics, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The client's signed notes, oldest first, as a PDF, for their own therapist. The export is audited. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public byte[] signedNotesPdf(UUID clientId) {
        var client = access.requireOwnClient(clientId);
        var signed = notes.signedNotes(clientId);
        var zone = clinics.clinic().zone();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LOCALE)
                .withZone(zone);
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE);
        var pdf = new PdfReport();
        pdf.title("Signed session notes: " + client.displayName())
                .small(clinics.clinic().name() + ". Exported " + when.format(clock.instant()) + ", " + signed.size()
                        + " signed note(s). Confidential health information.");
        signed.forEach(note -> NotePdf.add(pdf.text(" "), note, when, day));
        byte[] bytes = pdf.finish();
        audit.record(
                AuditAction.EXPORT, clientId, AuditRecordType.NOTES, clientId, signed.size() + " signed notes as PDF");
        return bytes;
    }
}
