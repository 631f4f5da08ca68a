package app.attune.client;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConcernRepository extends JpaRepository<Concern, UUID> {

    List<Concern> findAllByOrderByName();

    boolean existsByCode(String code);
}
