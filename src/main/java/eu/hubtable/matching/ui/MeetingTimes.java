package eu.hubtable.matching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Meeting times as the reader lives them: in their browser's time zone when the browser told us, in
 * the event's own zone otherwise; the zone is always named, so nobody misreads an online meeting.
 */
final class MeetingTimes {

    private MeetingTimes() {
    }

    static String span(Instant starts, Instant ends, String eventZone) {
        ZoneId zone = readerZone().orElseGet(() -> ZoneId.of(eventZone));
        Locale locale = locale();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        return day.format(starts) + " – " + time.format(ends) + " (" + zone.getId() + ")";
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static Optional<ZoneId> readerZone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(details.getTimeZoneId()));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
