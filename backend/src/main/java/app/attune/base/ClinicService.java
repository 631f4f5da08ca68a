package app.attune.base;

import app.attune.security.Access;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's name and time zone, and how long it keeps records. Public: the landing page shows the name. */
@Service
public class ClinicService {

    /** The retention period the clinic starts with, and the bounds an admin may choose between, in years. */
    public static final int DEFAULT_RETENTION_YEARS = 10;

    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 100;

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

    /** How many years the clinic keeps a record after the discharge or the last appointment, whichever is later. */
    @PreAuthorize(Access.ADMIN)
    @Transactional(readOnly = true)
    public int recordRetentionYears() {
        return clinics.findById(Clinic.ID).map(Clinic::getRecordRetentionYears).orElse(DEFAULT_RETENTION_YEARS);
    }

    /**
     * Sets the retention period and returns the one it replaces. Runs in the caller's transaction, which must exist,
     * because the caller audits the change ({@code records.RecordRetention}).
     */
    @PreAuthorize(Access.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public int changeRecordRetention(Integer years) {
        if (years == null || years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS) {
            throw new InvalidInputException(
                    "years",
                    "Please choose a whole number of years from " + MIN_RETENTION_YEARS + " to " + MAX_RETENTION_YEARS
                            + ".");
        }
        createIfMissing();
        var clinic = clinics.findById(Clinic.ID).orElseThrow();
        int before = clinic.getRecordRetentionYears();
        clinic.changeRecordRetention(years, clock.instant());
        return before;
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
