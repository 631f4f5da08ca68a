package app.attune.notes;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, UUID> {

    List<Theme> findAllByOrderByCategoryAscNameAsc();

    @Query("select count(t) > 0 from Theme t where t.category = :category and lower(t.name) = lower(:name)"
            + " and (:exceptId is null or t.id <> :exceptId)")
    boolean nameTaken(ThemeCategory category, String name, @Nullable UUID exceptId);
}
