package eu.hubtable.event.internal;

import eu.hubtable.event.Calendars;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where calendar apps fetch a member's feed: the secret in the address is the only key (see Calendars). */
@RestController
class CalendarFeedEndpoint {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Calendars calendars;

    CalendarFeedEndpoint(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendars.feed(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
