package app.attune.records;

import app.attune.audit.AuditAction;
import app.attune.audit.AuditLog;
import app.attune.audit.AuditRecordType;
import app.attune.base.ClinicService;
import app.attune.base.PdfReport;
import app.attune.client.ClientDetails;
import app.attune.client.ClientService;
import app.attune.client.ConcernOption;
import app.attune.notes.NotePdf;
import app.attune.notes.NoteService;
import app.attune.notes.NoteView;
import app.attune.notes.ThemeOption;
import app.attune.practice.AssignmentFollowUp;
import app.attune.practice.AssignmentService;
import app.attune.scheduling.ClientAppointment;
import app.attune.scheduling.SessionService;
import app.attune.security.Access;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's whole record (profile, appointments, signed notes with themes and addenda, practices with completions)
 * as JSON and as PDF, for an access request. Only the client's own therapist exports it, and every export is audited.
 *
 * @see "docs/decisions/010-audit-and-records.md"
 */
@Service
public class ClientRecordExport {

    private static final Locale LOCALE = Locale.CANADA;

    private final ClientService clients;
    private final SessionService sessions;
    private final NoteService notes;
    private final AssignmentService practices;
    private final ClinicService clinics;
    private final AuditLog audit;
    private final Clock clock;

    ClientRecordExport(
            ClientService clients,
            SessionService sessions,
            NoteService notes,
            AssignmentService practices,
            ClinicService clinics,
            AuditLog audit,
            Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.notes = notes;
        this.practices = practices;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole record as JSON (UTF-8), for the client's own therapist. The export is audited. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public byte[] json(UUID clientId) {
        var record = gather(clientId);
        byte[] bytes = Json.write(toMap(record)).getBytes(StandardCharsets.UTF_8);
        // Last, so that the reads above, each audited in a transaction of its own, never wait on this one.
        audit.record(AuditAction.EXPORT, clientId, AuditRecordType.RECORD, clientId, "whole record as JSON");
        return bytes;
    }

    /** The whole record as a PDF, for the client's own therapist. The export is audited. */
    @PreAuthorize(Access.THERAPIST)
    @Transactional
    public byte[] pdf(UUID clientId) {
        var record = gather(clientId);
        byte[] bytes = toPdf(record);
        audit.record(AuditAction.EXPORT, clientId, AuditRecordType.RECORD, clientId, "whole record as PDF");
        return bytes;
    }

    private ClientRecord gather(UUID clientId) {
        var client = clients.get(clientId);
        return new ClientRecord(
                client,
                sessions.forClient(clientId, Pageable.unpaged()).getContent(),
                notes.signedNotes(clientId),
                practices.followUp(clientId),
                clock.instant(),
                clinics.clinic().name(),
                clinics.clinic().zone());
    }

    private record ClientRecord(
            ClientDetails client,
            List<ClientAppointment> appointments,
            List<NoteView> notes,
            List<AssignmentFollowUp> practices,
            Instant exportedAt,
            String clinicName,
            ZoneId zone) {}

    private static Map<String, Object> toMap(ClientRecord r) {
        var root = new LinkedHashMap<String, Object>();
        root.put("clinic", r.clinicName());
        root.put("exportedAt", r.exportedAt());
        root.put("timeZone", r.zone().getId());
        var c = r.client();
        var f = c.form();
        var profile = new LinkedHashMap<String, Object>();
        profile.put("id", c.id());
        profile.put("legalName", f.legalName());
        profile.put("preferredName", f.preferredName());
        profile.put("pronouns", f.pronouns());
        profile.put("dateOfBirth", f.dateOfBirth());
        profile.put("email", f.email());
        profile.put("phone", f.phone());
        profile.put("address", f.address());
        profile.put("preferredLanguage", f.preferredLanguage());
        profile.put(
                "emergencyContact",
                map("name", f.emergencyName(), "phone", f.emergencyPhone(), "relationship", f.emergencyRelationship()));
        profile.put("status", c.status());
        profile.put("dischargeDate", c.dischargeDate());
        profile.put("dischargeReason", c.dischargeReason());
        profile.put("therapist", c.therapistName());
        profile.put(
                "concerns",
                c.concerns() == null
                        ? List.of()
                        : c.concerns().stream().map(ConcernOption::name).toList());
        profile.put("consentSignedOn", f.consentSignedOn());
        profile.put("emailConsent", f.emailConsent());
        profile.put("createdAt", c.createdAt());
        root.put("profile", profile);

        root.put(
                "appointments",
                r.appointments().stream()
                        .map(a -> map(
                                "id",
                                a.appointmentId(),
                                "kind",
                                a.kind(),
                                "status",
                                a.status(),
                                "start",
                                a.start(),
                                "end",
                                a.end(),
                                "mode",
                                a.mode(),
                                "location",
                                a.location(),
                                "recurring",
                                a.recurring(),
                                "cancelReason",
                                a.cancelReason()))
                        .toList());

        root.put(
                "signedNotes",
                r.notes().stream()
                        .map(n -> {
                            var note = new LinkedHashMap<String, Object>();
                            note.put("id", n.id());
                            note.put("sessionDate", n.content().sessionDate());
                            note.put("template", n.content().template());
                            note.put(
                                    "sections",
                                    new LinkedHashMap<String, Object>(
                                            n.content().sections()));
                            note.put("distress", n.content().distress());
                            note.put("riskFlag", n.content().riskFlag());
                            note.put("riskNote", n.content().riskNote());
                            note.put("practicesDiscussed", n.content().practices());
                            note.put(
                                    "themes",
                                    n.themes().stream().map(ThemeOption::name).toList());
                            note.put("signedBy", n.signedBy());
                            note.put("signedAt", n.signedAt());
                            note.put("sha256", n.contentHash());
                            note.put(
                                    "addenda",
                                    n.addenda().stream()
                                            .map(a -> map(
                                                    "at",
                                                    a.at(),
                                                    "author",
                                                    a.author(),
                                                    "body",
                                                    a.body(),
                                                    "sha256",
                                                    a.contentHash()))
                                            .toList());
                            return (Object) note;
                        })
                        .toList());

        root.put(
                "practices",
                r.practices().stream()
                        .map(p -> {
                            var practice = new LinkedHashMap<String, Object>();
                            practice.put("practice", p.practiceTitle());
                            practice.put("frequency", p.frequency());
                            practice.put("timesPerWeek", p.timesPerWeek());
                            practice.put("startsOn", p.startsOn());
                            practice.put("endsOn", p.endsOn());
                            practice.put("note", p.note());
                            practice.put("status", p.status());
                            practice.put(
                                    "completions",
                                    p.completions().stream()
                                            .map(d -> map(
                                                    "doneAt",
                                                    d.doneAt(),
                                                    "distressBefore",
                                                    d.distressBefore(),
                                                    "distressAfter",
                                                    d.distressAfter(),
                                                    "helpfulness",
                                                    d.helpfulness(),
                                                    "reflection",
                                                    d.reflection()))
                                            .toList());
                            practice.put(
                                    "history",
                                    p.history().stream()
                                            .map(h -> map(
                                                    "at",
                                                    h.at(),
                                                    "change",
                                                    h.kind(),
                                                    "frequency",
                                                    h.frequency(),
                                                    "timesPerWeek",
                                                    h.timesPerWeek(),
                                                    "startsOn",
                                                    h.startsOn(),
                                                    "endsOn",
                                                    h.endsOn()))
                                            .toList());
                            return (Object) practice;
                        })
                        .toList());
        return root;
    }

    private static Map<String, @Nullable Object> map(@Nullable Object... keysAndValues) {
        var result = new LinkedHashMap<String, @Nullable Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return result;
    }

    private static byte[] toPdf(ClientRecord r) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LOCALE)
                .withZone(r.zone());
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LOCALE);
        var pdf = new PdfReport();
        var c = r.client();
        var f = c.form();
        pdf.title("Client record: " + c.legalName())
                .small(r.clinicName() + ". Exported " + when.format(r.exportedAt())
                        + ". Confidential health information.");

        pdf.heading("Profile");
        var lines = new ArrayList<String>();
        lines.add("Legal name: " + c.legalName());
        optional(lines, "Preferred name", f.preferredName());
        optional(lines, "Pronouns", f.pronouns());
        optional(lines, "Date of birth", f.dateOfBirth() == null ? null : day.format(f.dateOfBirth()));
        optional(lines, "Email", f.email());
        optional(lines, "Phone", f.phone());
        optional(lines, "Address", f.address());
        optional(lines, "Preferred language", f.preferredLanguage());
        optional(
                lines,
                "Emergency contact",
                f.emergencyName() == null || f.emergencyName().isBlank()
                        ? null
                        : f.emergencyName() + " (" + f.emergencyRelationship() + ") " + f.emergencyPhone());
        lines.add("Status: " + c.status());
        optional(
                lines,
                "Discharged",
                c.dischargeDate() == null
                        ? null
                        : day.format(c.dischargeDate())
                                + (c.dischargeReason() == null ? "" : ": " + c.dischargeReason()));
        lines.add("Therapist: " + c.therapistName());
        if (c.concerns() != null && !c.concerns().isEmpty()) {
            lines.add("Presenting concerns: "
                    + c.concerns().stream().map(ConcernOption::name).collect(Collectors.joining(", ")));
        }
        optional(lines, "Consent signed", f.consentSignedOn() == null ? null : day.format(f.consentSignedOn()));
        lines.forEach(pdf::text);

        pdf.heading("Appointments (" + r.appointments().size() + ")");
        for (var a : r.appointments()) {
            pdf.text(when.format(a.start()) + " to " + when.format(a.end()) + ": " + a.kind()
                    + ", " + a.status() + (a.mode() == null ? "" : ", " + a.mode())
                    + (a.location() == null ? "" : ", " + a.location())
                    + (a.cancelReason() == null ? "" : " (cancelled: " + a.cancelReason() + ")"));
        }

        pdf.heading("Signed session notes (" + r.notes().size() + ")");
        r.notes().forEach(n -> NotePdf.add(pdf, n, when, day));

        pdf.heading("Between-session practices (" + r.practices().size() + ")");
        for (var p : r.practices()) {
            pdf.label(p.practiceTitle() + ": " + p.frequency()
                    + (p.timesPerWeek() == null ? "" : " (" + p.timesPerWeek() + " a week)") + ", from "
                    + day.format(p.startsOn()) + (p.endsOn() == null ? "" : " to " + day.format(p.endsOn())) + ", "
                    + p.status());
            if (p.note() != null && !p.note().isBlank()) {
                pdf.text("Note: " + p.note());
            }
            for (var d : p.completions()) {
                pdf.text("Done " + when.format(d.doneAt()) + ": distress " + d.distressBefore()
                        + " to " + d.distressAfter()
                        + (d.helpfulness() == null ? "" : ", helpful " + d.helpfulness() + " of 5")
                        + (d.reflection() == null || d.reflection().isBlank() ? "" : ". " + d.reflection()));
            }
        }
        return pdf.finish();
    }

    private static void optional(List<String> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }
}
