package eu.hubtable.impact.internal;

import eu.hubtable.agenda.ActionItemDone;
import eu.hubtable.event.CheckedIn;
import eu.hubtable.event.Events;
import eu.hubtable.event.RsvpConfirmed;
import eu.hubtable.group.DecisionPromoted;
import eu.hubtable.group.DeliverableDelivered;
import eu.hubtable.matching.ConsortiumFormed;
import eu.hubtable.matching.IntroductionMade;
import eu.hubtable.matching.MatchAccepted;
import eu.hubtable.matching.MeetingHeld;
import eu.hubtable.member.ContactAccepted;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.organisation.Organisations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    Intake(History history, Organisations organisations, MemberDirectory directory, Events events) {
        this.history = history;
        this.organisations = organisations;
        this.directory = directory;
        this.events = events;
    }

    @EventListener
    void on(RsvpConfirmed e) {
        safely(e, () -> history.record(EventKind.RSVP_CONFIRMED, e.at(), e.organisationId(), e.eventId(), List.of(e.memberId()), null, null));
    }

    @EventListener
    void on(CheckedIn e) {
        safely(e, () -> history.record(EventKind.CHECKED_IN, e.at(), e.organisationId(), e.eventId(), List.of(e.memberId()), null, null));
    }

    @EventListener
    void on(ContactAccepted e) {
        safely(e, () -> {
            boolean cross = crossSector(e.requesterId(), e.recipientId());
            for (Long hub : sharedHubs(e.requesterId(), e.recipientId())) {
                history.record(EventKind.CONTACT_ACCEPTED, e.at(), hub, null, List.of(e.requesterId(), e.recipientId()), cross, null);
            }
        });
    }

    @EventListener
    void on(ActionItemDone e) {
        safely(e, () -> {
            boolean onTime = e.dueOn() == null || !History.dayOf(e.doneAt()).isAfter(e.dueOn());
            List<Long> members = e.assigneeId() == null ? List.of() : List.of(e.assigneeId());
            for (Long hub : e.assigneeId() == null ? hubless() : orNone(organisations.hubsOf(e.assigneeId()))) {
                history.record(EventKind.ACTION_DONE, e.doneAt(), hub, e.actionId(), members, null, onTime);
            }
        });
    }

    @EventListener
    void on(DecisionPromoted e) {
        safely(e, () -> history.record(EventKind.DECISION_PROMOTED, e.at(), e.organisationId(), e.decisionId(), List.of(e.promotedBy()),
                null, null));
    }

    @EventListener
    void on(DeliverableDelivered e) {
        safely(e, () -> history.record(EventKind.DELIVERABLE_DELIVERED, e.at(), e.organisationId(), e.deliverableId(),
                e.ownerId() == null ? List.of() : List.of(e.ownerId()), null, null));
    }

    @EventListener
    void on(MeetingHeld e) {
        safely(e, () -> history.record(EventKind.MEETING_HELD, e.endsAt(), events.hostOf(e.eventId()).orElse(null), e.meetingId(),
                e.memberIds(), null, null));
    }

    @EventListener
    void on(ConsortiumFormed e) {
        safely(e, () -> {
            var members = new ArrayList<Long>();
            members.add(e.leadMemberId());
            members.addAll(e.memberIds());
            for (Long hub : orNone(organisations.hubsOf(e.leadMemberId()))) {
                history.record(EventKind.CONSORTIUM_FORMED, e.at(), hub, e.tenderId(), members, null, null);
            }
        });
    }

    @EventListener
    void on(IntroductionMade e) {
        safely(e, () -> history.record(EventKind.INTRODUCTION_MADE, e.at(), e.hubId(), e.introductionId(), List.of(e.memberA(), e.memberB()),
                e.crossSector(), null));
    }

    @EventListener
    void on(MatchAccepted e) {
        safely(e, () -> {
            for (Long hub : sharedHubs(e.memberId(), e.otherMemberId())) {
                history.record(EventKind.MATCH_ACCEPTED, e.at(), hub, e.targetId(), List.of(e.memberId()), e.crossSector(), null);
            }
        });
    }

    /** Both name sectors and share none: the rule matching uses for its cross-sector reasons. */
    private boolean crossSector(long a, long b) {
        Set<String> first = directory.sectorsOf(a);
        Set<String> second = directory.sectorsOf(b);
        return !first.isEmpty() && !second.isEmpty() && first.stream().noneMatch(second::contains);
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
