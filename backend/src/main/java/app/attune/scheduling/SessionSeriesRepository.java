package app.attune.scheduling;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionSeriesRepository extends JpaRepository<SessionSeries, UUID> {}
