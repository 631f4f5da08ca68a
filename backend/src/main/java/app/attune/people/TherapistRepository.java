package app.attune.people;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TherapistRepository extends JpaRepository<Therapist, UUID> {}
