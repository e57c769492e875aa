package eu.hubtable.impact;

import eu.hubtable.group.HubGroups;
import eu.hubtable.impact.internal.EventKind;
import eu.hubtable.impact.internal.Participation;
import eu.hubtable.member.MemberDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-group and per-member engagement in a hub over a period, for its managers. Members appear by name
 * only while they agree to (a setting on their profile, asked of the member module at every reading, so
 * a withdrawal counts at once); everyone else is one sum.
 */
@Service
public class Engagement {

    private final Periods periods;
    private final Participation participation;
    private final HubGroups groups;
    private final MemberDirectory directory;

    Engagement(Periods periods, Participation participation, HubGroups groups, MemberDirectory directory) {
        this.periods = periods;
        this.participation = participation;
        this.groups = groups;
        this.directory = directory;
    }

    /** Every working group of the hub (those without activity with zeros), then removed groups that had some. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GroupEngagement> ofGroups(long hubId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Periods.Period period = periods.check(hubId, from, to);
        Map<Long, Participation.GroupTally> tallies = participation.groups(hubId, period.from(), period.to());
        Map<Long, String> names = groups.names(hubId);
        List<GroupEngagement> rows = new ArrayList<>();
        names.forEach((id, name) -> rows.add(row(id, name, tallies.get(id))));
        tallies.forEach((id, tally) -> {
            if (!names.containsKey(id)) {
                rows.add(row(id, null, tally));
            }
        });
        return rows;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MemberEngagementReport ofMembers(long hubId, @Nullable LocalDate from, @Nullable LocalDate to) {
        Periods.Period period = periods.check(hubId, from, to);
        Map<Long, Map<EventKind, Integer>> members = participation.members(hubId, period.from(), period.to());
        Map<Long, String> sharing = directory.namesSharingEngagement(members.keySet());
        List<MemberEngagement> named = new ArrayList<>();
        MemberEngagement others = null;
        for (var member : members.entrySet()) {
            String name = sharing.get(member.getKey());
            MemberEngagement row = row(name == null ? null : member.getKey(), name, member.getValue());
            if (name != null) {
                named.add(row);
            } else if (row.total() > 0) {
                others = others == null ? row : others.plus(row);
            }
        }
        named.sort(Comparator.comparingInt(MemberEngagement::total).reversed().thenComparing(m -> m.name() == null ? "" : m.name()));
        return new MemberEngagementReport(List.copyOf(named), others);
    }

    private static GroupEngagement row(long id, @Nullable String name, Participation.@Nullable GroupTally tally) {
        if (tally == null) {
            return new GroupEngagement(id, name, 0, null, 0, 0, 0, 0, 0, 0);
        }
        Double rate = tally.expected() == 0 ? null : Math.round(tally.expectedWhoCame() * 1000.0 / tally.expected()) / 10.0;
        return new GroupEngagement(id, name, tally.sessionsHeld(), rate, tally.attendees(), tally.activeMembers(), tally.decisionsLogged(),
                tally.actionsDone(), tally.actionsDoneOnTime(), tally.deliverablesDelivered());
    }

    private static MemberEngagement row(@Nullable Long id, @Nullable String name, Map<EventKind, Integer> did) {
        return new MemberEngagement(id, name, 1, did.getOrDefault(EventKind.RSVP_CONFIRMED, 0), did.getOrDefault(EventKind.CHECKED_IN, 0),
                did.getOrDefault(EventKind.ROOM_HELD, 0), did.getOrDefault(EventKind.CONTACT_ACCEPTED, 0),
                did.getOrDefault(EventKind.MEETING_HELD, 0), did.getOrDefault(EventKind.ACTION_DONE, 0),
                did.getOrDefault(EventKind.CONSORTIUM_FORMED, 0), did.getOrDefault(EventKind.INTRODUCTION_MADE, 0));
    }
}
