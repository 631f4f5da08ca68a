package app.attune.scheduling.api;

import app.attune.scheduling.feed.CalendarFeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a therapist's calendar feed to their calendar app. An unknown or revoked address is simply not found. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar-feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
