package app.attune.scheduling.availability;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How a therapist takes free consultations: whether at all, how much notice, how far ahead, the gap kept before and
 * after each appointment, and how many a day. The clinic's defaults are 12 hours, 60 days, 5 minutes and 4.
 */
public record BookingRules(
        boolean accepting,

        @Min(value = 0, message = "{attune.notice.range}") @Max(value = 20160, message = "{attune.notice.range}")
        int minNoticeMinutes,

        @Min(value = 1, message = "{attune.horizon.range}") @Max(value = 365, message = "{attune.horizon.range}")
        int horizonDays,

        @Min(value = 0, message = "{attune.buffer.range}") @Max(value = 60, message = "{attune.buffer.range}")
        int bufferMinutes,

        @Min(value = 1, message = "{attune.per-day.range}") @Max(value = 20, message = "{attune.per-day.range}")
        int maxPerDay) {

    public static final BookingRules DEFAULTS = new BookingRules(true, 720, 60, 5, 4);

    public Duration minNotice() {
        return Duration.ofMinutes(minNoticeMinutes);
    }

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }
}
