package app.attune.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

    /** The clinic's library and the owner's own practices, with their themes, in one query. */
    @Query("select distinct p from Practice p left join fetch p.themeIds"
            + " where p.ownerId is null or p.ownerId = :ownerId order by p.title")
    List<Practice> findLibraryFor(UUID ownerId);

    @Query("select p from Practice p left join fetch p.themeIds where p.id = :id")
    Optional<Practice> findWithThemes(UUID id);

    @Query("select count(p) > 0 from Practice p where p.retiredAt is null and lower(p.title) = lower(:title)"
            + " and ((:ownerId is null and p.ownerId is null) or p.ownerId = :ownerId)"
            + " and (:exceptId is null or p.id <> :exceptId)")
    boolean titleTaken(String title, @Nullable UUID ownerId, @Nullable UUID exceptId);
}
