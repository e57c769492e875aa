package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.event.CalendarContribution;
import eu.hubtable.event.CalendarEntry;
import eu.hubtable.core.ui.SiteAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A member's accepted meetings in their personal calendar feed, in their language: one entry per
 * meeting (its slot), whether they host it or were accepted into it. A meeting called off leaves the
 * feed; one at an event that was cancelled shows cancelled.
 */
@Component
class MeetingCalendar implements CalendarContribution {

    private final JdbcClient jdbc;
    private final I18NProvider i18n;
    private final SiteAddress site;

    MeetingCalendar(JdbcClient jdbc, I18NProvider i18n, SiteAddress site) {
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.site = site;
    }

    private record Meeting(long slotId, String eventTitle, boolean eventCancelled, java.time.Instant startsAt,
            java.time.Instant endsAt, String table, String videoUrl, int version, java.time.Instant stamp) {
    }

    @Override
    public List<CalendarEntry> entriesFor(long memberId) {
        Locale locale = jdbc.sql("select locale from member where id = :id").param("id", memberId).query(String.class).optional()
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
        List<Meeting> meetings = jdbc.sql("""
                select s.id, e.title, e.state, s.starts_at, s.ends_at, s.table_label, s.video_url, s.version,
                       coalesce((select max(r.answered_at) from meeting_request r where r.slot_id = s.id), s.created_at)
                from meeting_slot s join event e on e.id = s.event_id
                where exists (select 1 from meeting_request r where r.slot_id = s.id and r.status = 'ACCEPTED')
                  and (s.owner_id = :member or exists (select 1 from meeting_request r join meeting_guest g on g.request_id = r.id
                                                       where r.slot_id = s.id and r.status = 'ACCEPTED' and g.member_id = :member))
                order by s.starts_at limit 500""")
                .param("member", memberId)
                .query((rs, n) -> new Meeting(rs.getLong(1), rs.getString(2), "CANCELLED".equals(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> people = new LinkedHashMap<>();
        Map<Long, List<String>> purposes = new LinkedHashMap<>();
        List<Long> ids = meetings.stream().map(Meeting::slotId).toList();
        jdbc.sql("""
                select s.id, m.display_name from meeting_slot s join member m on m.id = s.owner_id where s.id in (:ids)
                union all
                select r.slot_id, m.display_name from meeting_request r join meeting_guest g on g.request_id = r.id
                join member m on m.id = g.member_id where r.slot_id in (:ids) and r.status = 'ACCEPTED'""")
                .param("ids", ids).query(rs -> {
                    people.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.sql("select slot_id, purpose from meeting_request where slot_id in (:ids) and status = 'ACCEPTED' order by id")
                .param("ids", ids).query(rs -> {
                    purposes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return meetings.stream().map(meeting -> new CalendarEntry("meeting-" + meeting.slotId() + "@hubtable.eu",
                i18n.getTranslation("meeting.calendar.summary", locale, meeting.eventTitle()),
                i18n.getTranslation("meeting.calendar.description", locale, String.join(", ", people.getOrDefault(meeting.slotId(), List.of())),
                        String.join(" / ", purposes.getOrDefault(meeting.slotId(), List.of()))),
                meeting.startsAt(), meeting.endsAt(),
                meeting.table() != null ? i18n.getTranslation("meeting.calendar.table", locale, meeting.table(), meeting.eventTitle())
                        : meeting.videoUrl(),
                site.link("meetings"), meeting.eventCancelled(), meeting.version(), meeting.stamp())).toList();
    }
}
