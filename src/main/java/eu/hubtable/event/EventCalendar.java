package eu.hubtable.event;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import eu.hubtable.core.ui.SiteAddress;

/**
 * Events as iCalendar (RFC 5545) with biweekly. Times are written in UTC ("Z"), which every calendar
 * shows in its reader's own zone; a rescheduled event keeps its UID and raises its SEQUENCE, a
 * cancelled one says STATUS:CANCELLED, so subscribed calendars update in place.
 */
@Component
class EventCalendar {

    private static final String COLUMNS = """
            select e.id, e.title, e.description, e.starts_at, e.ends_at, e.state, e.sequence, e.updated_at, e.format,
                   v.name as venue, v.address from event e left join venue v on v.id = e.venue_id""";

    private final JdbcClient jdbc;
    private final SiteAddress site;

    EventCalendar(JdbcClient jdbc, SiteAddress site) {
        this.jdbc = jdbc;
        this.site = site;
    }

    String ics(long eventId) {
        ICalendar calendar = calendar();
        jdbc.sql(COLUMNS + " where e.id = :id").param("id", eventId).query(this::event).list().forEach(calendar::addEvent);
        return Biweekly.write(calendar).go();
    }

    /** The events a member is going to (cancelled ones included, marked so), for their feed. */
    String feedOf(long memberId, List<VEvent> more) {
        ICalendar calendar = calendar();
        calendar.setName("hubtable");
        jdbc.sql(COLUMNS + " join rsvp r on r.event_id = e.id where r.member_id = :member and r.status = 'GOING' order by e.starts_at")
                .param("member", memberId).query(this::event).list().forEach(calendar::addEvent);
        more.forEach(calendar::addEvent);
        return Biweekly.write(calendar).go();
    }

    static VEvent entry(CalendarEntry entry) {
        VEvent event = new VEvent();
        event.setUid(entry.uid());
        event.setDateTimeStamp(Date.from(entry.stamp()));
        event.setDateStart(Date.from(entry.startsAt()));
        event.setDateEnd(Date.from(entry.endsAt()));
        event.setSummary(entry.summary());
        if (entry.description() != null) {
            event.setDescription(entry.description());
        }
        event.setLocation(entry.location());
        if (entry.url() != null) {
            event.setUrl(entry.url());
        }
        event.setSequence(entry.sequence());
        event.setStatus(entry.cancelled() ? Status.cancelled() : Status.confirmed());
        return event;
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//hubtable//events//EN");
        return calendar;
    }

    private VEvent event(ResultSet rs, int row) throws SQLException {
        VEvent event = new VEvent();
        event.setUid("event-" + rs.getLong("id") + "@hubtable.eu");
        event.setDateTimeStamp(Date.from(rs.getTimestamp("updated_at").toInstant()));
        event.setDateStart(Date.from(rs.getTimestamp("starts_at").toInstant()));
        event.setDateEnd(Date.from(rs.getTimestamp("ends_at").toInstant()));
        event.setSummary(rs.getString("title"));
        if (rs.getString("description") != null) {
            event.setDescription(rs.getString("description"));
        }
        String venue = rs.getString("venue");
        event.setLocation(venue == null ? "Online" : venue + ", " + rs.getString("address"));
        event.setUrl(site.link("events/" + rs.getLong("id")));
        event.setSequence(rs.getInt("sequence"));
        event.setStatus("CANCELLED".equals(rs.getString("state")) ? Status.cancelled() : Status.confirmed());
        return event;
    }
}
