package app.attune.scheduling;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingSettingsRepository extends JpaRepository<BookingSettings, UUID> {
}
