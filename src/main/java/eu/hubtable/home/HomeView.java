package eu.hubtable.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.event.EventPeriod;
import eu.hubtable.event.Events;
import eu.hubtable.matching.Matches;
import eu.hubtable.matching.ReasonTexts;
import eu.hubtable.matching.Suggestion;
import eu.hubtable.room.RoomPeriod;
import eu.hubtable.room.Rooms;
import eu.hubtable.agenda.MyAction;
import eu.hubtable.core.live.LivePresence;
import eu.hubtable.core.live.TopicIds;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.Contacts;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import java.util.List;

@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int NEXT = 3;

    private final ActionItems actionItems;

    public HomeView(CurrentMember currentMember, Organisations organisations, Contacts contacts, LivePresence presence,
            ActionItems actionItems, Rooms rooms, Events events, Matches matches, I18NProvider i18n) {
        this.actionItems = actionItems;
        addClassName("home");
        MemberPrincipal me = currentMember.require();
        add(new H1(getTranslation("home.welcome", me.displayName())));
        int asking = contacts.waitingForMe();
        if (asking > 0) {
            Anchor requests = new Anchor("contacts", getTranslation("home.contact-requests", asking));
            requests.setId("contact-requests");
            requests.addClassName("notice");
            add(requests);
        }

        Div online = section("home.online", "online-now");
        online.add(presence.avatars(TopicIds.lobby(), me));

        Div grid = new Div(online, myActions(), suggested(matches, i18n), myOrganisations(organisations.mine()),
                upcoming("home.rooms", "upcoming-rooms", "home.rooms.empty", nextRooms(rooms)),
                upcoming("home.events", "upcoming-events", "home.events.empty", nextEvents(events)));
        grid.addClassName("home-grid");
        add(grid);
    }

    /** What sessions asked of me: ticked here, gone from the list (and counted as done for the hub). */
    private Div myActions() {
        Div section = section("home.actions", "my-actions");
        List<MyAction> open = actionItems.mine();
        if (open.isEmpty()) {
            section.add(emptyState("home.actions.none"));
        }
        for (MyAction action : open) {
            Checkbox done = new Checkbox(action.text());
            done.addValueChangeListener(change -> {
                if (change.getValue()) {
                    actionItems.setDone(action.id(), true);
                }
            });
            Anchor from = new Anchor("agendas/" + action.agendaId(), getTranslation("action.from", action.sessionTitle(),
                    action.itemTitle()));
            from.addClassName("muted");
            Div row = new Div(done, from);
            if (action.dueOn() != null) {
                Span due = new Span(getTranslation("action.due-on", action.dueOn().toString()));
                due.addClassName("muted");
                row.add(due);
            }
            row.addClassName("action-row");
            section.add(row);
        }
        return section;
    }

    /** The three people most worth meeting, each with the first reason; the rest on "For you". */
    private Div suggested(Matches matches, I18NProvider i18n) {
        Div section = section("home.suggested", "suggested-for-me");
        List<Suggestion> people = matches.forMe().people().stream().limit(NEXT).toList();
        if (people.isEmpty()) {
            section.add(emptyState("home.suggested.none"));
        }
        for (Suggestion person : people) {
            Span why = new Span(ReasonTexts.explain(i18n, getLocale(), person, person.reasons().getFirst()));
            why.addClassName("muted");
            Div row = new Div(new Anchor("members/" + person.targetId(), person.title()), why);
            row.addClassName("org-row");
            section.add(row);
        }
        section.add(new Anchor("suggestions", getTranslation("home.suggested.more")));
        return section;
    }

    private Div myOrganisations(List<MyOrganisation> mine) {
        Div section = section("home.organisations", "my-organisations");
        if (mine.isEmpty()) {
            section.add(emptyState("home.organisations.empty"));
        }
        for (MyOrganisation organisation : mine) {
            Span kind = new Span(getTranslation("organisation.kind." + organisation.kind().name()));
            kind.addClassName("badge");
            Span role = new Span(getTranslation("organisation.role." + organisation.role().name()));
            role.addClassName("muted");
            Div row = new Div(new Anchor("organisations/" + organisation.id(), organisation.name()), kind, role);
            row.addClassName("org-row");
            section.add(row);
        }
        return section;
    }

    private Div upcoming(String titleKey, String id, String emptyKey, List<Anchor> next) {
        Div section = section(titleKey, id);
        if (next.isEmpty()) {
            section.add(emptyState(emptyKey));
        }
        next.forEach(link -> {
            Div row = new Div(link);
            row.addClassName("org-row");
            section.add(row);
        });
        return section;
    }

    /** Rooms open now first, then the next ones planned. */
    private List<Anchor> nextRooms(Rooms rooms) {
        return java.util.stream.Stream.concat(rooms.catalogue(RoomPeriod.LIVE, null, null).stream(),
                        rooms.catalogue(RoomPeriod.UPCOMING, null, null).stream()).limit(NEXT)
                .map(room -> new Anchor("rooms/" + room.id(), when(room.startsAt(), room.timeZone()) + " · " + room.title())).toList();
    }

    private List<Anchor> nextEvents(Events events) {
        return events.list(EventPeriod.UPCOMING, null, null, null, null).stream().limit(NEXT)
                .map(event -> new Anchor("events/" + event.id(), when(event.startsAt(), event.timeZone()) + " · " + event.title())).toList();
    }

    private String when(java.time.Instant at, String zone) {
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                java.time.format.FormatStyle.SHORT).withLocale(getLocale()).withZone(java.time.ZoneId.of(zone)).format(at);
    }

    private Div section(String titleKey, String id) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("card");
        section.setId(id);
        return section;
    }

    private Component emptyState(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
