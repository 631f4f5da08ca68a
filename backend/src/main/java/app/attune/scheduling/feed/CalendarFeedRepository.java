package app.attune.scheduling.feed;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, UUID> {

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
