package app.attune.security;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TherapistRepository extends JpaRepository<Therapist, UUID> {

    @Override
    @EntityGraph(attributePaths = "user")
    List<Therapist> findAllById(Iterable<UUID> ids);

    @Query("""
            select new app.attune.security.TherapistCard(t.userId, u.displayName, t.credentials, t.languages, t.bio)
            from Therapist t join t.user u
            where u.enabled = true
            order by u.displayName""")
    List<TherapistCard> findPublicCards();
}
