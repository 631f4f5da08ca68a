package app.attune.scheduling.availability;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BookingSettingsRepository extends JpaRepository<BookingSettings, UUID> {}
