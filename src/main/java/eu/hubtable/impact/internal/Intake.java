package eu.hubtable.impact.internal;

import eu.hubtable.agenda.ActionItemDone;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.EventHeld;
import eu.hubtable.event.Events;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.group.DecisionPromoted;
import eu.hubtable.group.DeliverableDelivered;
import eu.hubtable.group.GroupSessionHeld;
import eu.hubtable.group.HubGroups;
import eu.hubtable.matching.ConsortiumFormed;
import eu.hubtable.matching.IntroductionMade;
import eu.hubtable.matching.MatchAccepted;
import eu.hubtable.matching.MeetingHeld;
import eu.hubtable.member.ContactAccepted;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomHeld;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records other modules' events in impact's history. A plain (not after-commit) listener on purpose:
 * the row is written in the publisher's transaction, so it exists exactly when the publisher's change
 * was committed, and nothing is lost between a commit and a listener. What impact needs later (which
 * hubs, different sectors) is asked of the other modules' public API now and stored with the row.
 * A failure here is logged and swallowed: counting must never break what a member just did.
 */
@Component
class Intake {

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final History history;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final Events events;
    private final HubGroups groups;

    Intake(History history, Organisations organisations, MemberDirectory directory, Events events, HubGroups groups) {
        this.history = history;
        this.organisations = organisations;
        this.directory = directory;
        this.events = events;
        this.groups = groups;
    }

    @EventListener
    void on(RsvpConfirmed e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.RSVP_CONFIRMED, e.at(), e.organisationId(), e.eventId(), List.of(e.memberId()))));
    }

    @EventListener
    void on(CheckedIn e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.CHECKED_IN, e.at(), e.organisationId(), e.eventId(), List.of(e.memberId()))));
    }

    @EventListener
    void on(ContactAccepted e) {
        safely(e, () -> {
            boolean cross = directory.crossSector(e.requesterId(), e.recipientId());
            for (Long hub : sharedHubs(e.requesterId(), e.recipientId())) {
                history.record(Occurrence.of(EventKind.CONTACT_ACCEPTED, e.at(), hub, null, List.of(e.requesterId(), e.recipientId()))
                        .crossSector(cross));
            }
        });
    }

    @EventListener
    void on(ActionItemDone e) {
        safely(e, () -> {
            boolean onTime = e.dueOn() == null || !History.dayOf(e.doneAt()).isAfter(e.dueOn());
            List<Long> members = e.assigneeId() == null ? List.of() : List.of(e.assigneeId());
            HubGroups.Group group = groups.groupOfAgenda(e.agendaId()).orElse(null);
            var hubs = new LinkedHashSet<Long>(e.assigneeId() == null ? List.of() : organisations.hubsOf(e.assigneeId()));
            if (group != null) {
                hubs.add(group.hubId()); // a working group's action counts for its hub, whoever did it
            }
            for (Long hub : orNone(List.copyOf(hubs))) {
                Long inGroup = group != null && hub != null && hub == group.hubId() ? group.id() : null;
                history.record(Occurrence.of(EventKind.ACTION_DONE, e.doneAt(), hub, e.actionId(), members).onTime(onTime).inGroup(inGroup));
            }
        });
    }

    @EventListener
    void on(RoomHeld e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.ROOM_HELD, e.endedAt(), e.organisationId(), e.roomId(), e.attendeeIds())));
    }

    @EventListener
    void on(EventHeld e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.EVENT_HELD, e.endsAt(), e.organisationId(), e.eventId(), e.checkedInIds())));
    }

    @EventListener
    void on(GroupSessionHeld e) {
        safely(e, () -> {
            int came = (int) e.expectedIds().stream().filter(e.attendeeIds()::contains).count();
            history.record(Occurrence.of(EventKind.GROUP_SESSION_HELD, e.endedAt(), e.organisationId(), e.sessionId(), e.attendeeIds())
                    .inGroup(e.groupId()).attendance(e.expectedIds().size(), came));
        });
    }

    @EventListener
    void on(DecisionPromoted e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.DECISION_PROMOTED, e.at(), e.organisationId(), e.decisionId(),
                List.of(e.promotedBy())).inGroup(e.groupId())));
    }

    @EventListener
    void on(DeliverableDelivered e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.DELIVERABLE_DELIVERED, e.at(), e.organisationId(), e.deliverableId(),
                e.ownerId() == null ? List.of() : List.of(e.ownerId())).inGroup(e.groupId())));
    }

    @EventListener
    void on(MeetingHeld e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.MEETING_HELD, e.endsAt(), events.hostOf(e.eventId()).orElse(null),
                e.meetingId(), e.memberIds())));
    }

    @EventListener
    void on(ConsortiumFormed e) {
        safely(e, () -> {
            var members = new ArrayList<Long>();
            members.add(e.leadMemberId());
            members.addAll(e.memberIds());
            for (Long hub : orNone(organisations.hubsOf(e.leadMemberId()))) {
                history.record(Occurrence.of(EventKind.CONSORTIUM_FORMED, e.at(), hub, e.tenderId(), members));
            }
        });
    }

    @EventListener
    void on(IntroductionMade e) {
        safely(e, () -> history.record(Occurrence.of(EventKind.INTRODUCTION_MADE, e.at(), e.hubId(), e.introductionId(),
                List.of(e.memberA(), e.memberB())).crossSector(e.crossSector())));
    }

    @EventListener
    void on(MatchAccepted e) {
        safely(e, () -> {
            for (Long hub : sharedHubs(e.memberId(), e.otherMemberId())) {
                history.record(Occurrence.of(EventKind.MATCH_ACCEPTED, e.at(), hub, e.targetId(), List.of(e.memberId()))
                        .crossSector(e.crossSector()));
            }
        });
    }

    /** The hubs both belong to; a row without a hub when none, so the history still holds the event. */
    private List<@Nullable Long> sharedHubs(long a, long b) {
        var shared = new LinkedHashSet<>(organisations.hubsOf(a));
        shared.retainAll(organisations.hubsOf(b));
        return orNone(List.copyOf(shared));
    }

    private static List<@Nullable Long> orNone(List<Long> hubs) {
        return hubs.isEmpty() ? hubless() : new ArrayList<@Nullable Long>(hubs);
    }

    private static List<@Nullable Long> hubless() {
        var none = new ArrayList<@Nullable Long>();
        none.add(null);
        return none;
    }

    private static void safely(Object event, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Impact could not record {}", event, e);
        }
    }
}
