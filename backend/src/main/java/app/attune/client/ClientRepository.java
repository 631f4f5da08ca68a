package app.attune.client;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

    @EntityGraph(attributePaths = "concerns")
    @Query("select c from Client c where c.id = :id")
    Optional<Client> findWithConcerns(UUID id);

    Optional<Client> findByUserId(UUID userId);

    @Query(
            value =
                    "select * from client where email = cast(:email as citext) and (:excludeId is null or id <> :excludeId)"
                            + " order by created_at limit 5",
            nativeQuery = true)
    List<Client> findByEmailIgnoringCase(@Nullable String email, @Nullable UUID excludeId);

    @Query("select c.primaryTherapistId from Client c where c.id = :id")
    Optional<UUID> findTherapistOf(UUID id);
}
