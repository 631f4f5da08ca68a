package app.attune.notes;

import app.attune.base.ClinicService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The barrier themes on a client's notes of the last 90 days, which suggest practices. Their therapist only. */
@Component
class NoteBarrierThemes implements RecentBarrierThemes {

    static final int DAYS = 90;

    private final NoteAccess access;
    private final JdbcClient jdbc;
    private final ClinicService clinics;
    private final Clock clock;

    NoteBarrierThemes(NoteAccess access, JdbcClient jdbc, ClinicService clinics, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> forClient(UUID clientId) {
        access.requireOwnClient(clientId);
        var since = LocalDate.now(clock.withZone(clinics.clinic().zone())).minusDays(DAYS);
        return new HashSet<>(jdbc.sql("""
                select distinct t.id from session_note n join session_note_theme nt on nt.note_id = n.id
                join theme t on t.id = nt.theme_id
                where n.client_id = :client and t.category = 'BARRIER' and n.session_date >= :since""")
                .param("client", clientId)
                .param("since", java.sql.Date.valueOf(since))
                .query(UUID.class)
                .list());
    }
}
