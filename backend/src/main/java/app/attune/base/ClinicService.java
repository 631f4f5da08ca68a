package app.attune.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's name and time zone. Public: the landing page shows them to visitors. */
@Service
public class ClinicService {

    private final ClinicRepository clinics;
    private final ClinicProperties defaults;
    private final Clock clock;

    ClinicService(ClinicRepository clinics, ClinicProperties defaults, Clock clock) {
        this.clinics = clinics;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The clinic's public name and time zone. */
    @Transactional(readOnly = true)
    public ClinicInfo clinic() {
        return clinics.findById(Clinic.ID)
                .map(c -> new ClinicInfo(c.getName(), ZoneId.of(c.getTimeZone())))
                .orElseGet(() -> new ClinicInfo(defaults.name(), ZoneId.of(defaults.timeZone())));
    }

    /** Creates the clinic from the configured defaults if the database has none yet. Idempotent. */
    @Transactional
    public void createIfMissing() {
        if (!clinics.existsById(Clinic.ID)) {
            ZoneId.of(defaults.timeZone()); // refuses an unknown zone before anything is stored
            clinics.save(new Clinic(defaults.name(), defaults.timeZone(), clock.instant()));
        }
    }
}
