package app.attune.security;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's therapists as visitors see them on the landing page. */
@Service
public class TherapistDirectory {

    private final TherapistRepository therapists;

    TherapistDirectory(TherapistRepository therapists) {
        this.therapists = therapists;
    }

    /** Every active therapist, by name. Public: carries nothing beyond a therapist's public profile. */
    @Transactional(readOnly = true)
    public List<TherapistCard> publicTherapists() {
        return therapists.findPublicCards();
    }
}
