package eu.hubtable.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.agenda.TemplateCard;
import eu.hubtable.core.csv.CsvTable;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.ui.component.CsvDownload;
import eu.hubtable.group.Deliverables;
import eu.hubtable.group.GroupPage;
import eu.hubtable.group.GroupRefused;
import eu.hubtable.group.GroupRole;
import eu.hubtable.group.GroupSessions;
import eu.hubtable.group.WorkingGroups;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One working group: members and join/leave/invite, sessions past and upcoming with their agendas,
 * who came to the sessions held, the outcomes co-leads promote to the decision log, the log itself,
 * and open actions; each table may be taken away as a CSV file. Outsiders see the name and purpose
 * and may ask to join.
 */
@Route("groups")
@PermitAll
public class GroupView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** Times in CSV files: what spreadsheets read as a date and time in every locale. */
    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkingGroups groups;
    private final GroupSessions sessions;
    private final Deliverables deliverables;
    private final Clock clock;
    private final long me;
    private @Nullable GroupPage page;

    public GroupView(WorkingGroups groups, GroupSessions sessions, Deliverables deliverables, CurrentMember currentMember, Clock clock) {
        this.groups = groups;
        this.me = currentMember.require().memberId();
        this.sessions = sessions;
        this.deliverables = deliverables;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long groupId) {
        try {
            show(groups.page(groupId));
        } catch (GroupRefused missing) {
            throw new NotFoundException();
        }
    }

    private void reload() {
        show(groups.page(page.id()));
    }

    private void show(GroupPage group) {
        page = group;
        removeAll();
        add(new H1(group.name()), new Paragraph(getTranslation("group.hub", group.hubName())));
        if (group.purpose() != null) {
            Paragraph purpose = new Paragraph(group.purpose());
            purpose.addClassName("preserve-lines");
            purpose.setId("group-purpose");
            add(purpose);
        }
        add(joining(group));
        if (!group.visible()) {
            return;
        }
        add(members(group), sessionsOf(group), decisions(group), actions(group),
                new DeliverablesPanel(deliverables, group, me, LocalDate.now(clock), this::reload));
    }

    private Component joining(GroupPage group) {
        Div box = new Div();
        box.setId("group-joining");
        if (group.invitationId() != null) {
            GroupRole role = group.pending().stream().filter(p -> p.id() == group.invitationId()).map(GroupPage.Pending::role)
                    .findFirst().orElse(GroupRole.MEMBER);
            box.add(new Paragraph(getTranslation("group.invited", getTranslation("group.role." + role.name()))),
                    button("accept-invitation", "group.accept", () -> groups.answer(group.invitationId(), true)),
                    button("decline-invitation", "group.decline", () -> groups.answer(group.invitationId(), false)));
        } else if (group.myRole() == null && group.requested()) {
            box.add(new Paragraph(getTranslation("group.requested")));
        } else if (group.myRole() == null) {
            if (!group.visible()) {
                box.add(new Paragraph(getTranslation("group.outside")));
            }
            box.add(button("join-group", "group.join", () -> groups.requestToJoin(group.id())));
        }
        return box;
    }

    private Component members(GroupPage group) {
        Div box = section("group-members", "group.members.title");
        for (GroupPage.Person person : group.members()) {
            Div row = new Div(new Span(person.displayName() + " · " + getTranslation("group.role." + person.role().name())));
            row.addClassName("control-row");
            if (group.leading() && person.memberId() != myId(group)) {
                row.add(button("remove-member-" + person.memberId(), "group.remove", () -> groups.remove(group.id(), person.memberId())));
            }
            box.add(row);
        }
        if (group.myRole() != null) {
            box.add(button("leave-group", "group.leave", () -> groups.remove(group.id(), myId(group))));
        }
        if (group.leading()) {
            for (GroupPage.Pending pending : group.pending()) {
                String text = pending.invitation()
                        ? getTranslation("group.pending.invitation", pending.displayName(), getTranslation("group.role." + pending.role().name()))
                        : getTranslation("group.pending.request", pending.displayName());
                Div row = new Div(new Span(text));
                row.addClassName("control-row");
                if (!pending.invitation()) {
                    row.add(button("accept-request-" + pending.id(), "group.accept", () -> groups.answer(pending.id(), true)),
                            button("decline-request-" + pending.id(), "group.decline", () -> groups.answer(pending.id(), false)));
                }
                box.add(row);
            }
            box.add(inviteForm(group));
        }
        return box;
    }

    private long myId(GroupPage group) {
        return me;
    }

    private Component inviteForm(GroupPage group) {
        ComboBox<GroupPage.Person> who = new ComboBox<>(getTranslation("group.invite.who"));
        who.setId("invite-who");
        who.setItemLabelGenerator(GroupPage.Person::displayName);
        who.setItems(query -> groups.candidates(group.id(), query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        Select<GroupRole> role = new Select<>();
        role.setLabel(getTranslation("group.invite.role"));
        role.setItems(GroupRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("group.role." + r.name()));
        role.setValue(GroupRole.MEMBER);
        role.setId("invite-role");
        Button invite = button("invite-member", "group.invite", () -> {
            if (who.getValue() != null) {
                groups.invite(group.id(), who.getValue().memberId(), role.getValue());
                Notification.show(getTranslation("group.invite.sent", who.getValue().displayName()));
            }
        });
        Div form = new Div(who, role, invite);
        form.addClassName("control-row");
        return form;
    }

    private Component sessionsOf(GroupPage group) {
        Div box = section("group-sessions", "group.sessions.title");
        if (group.leading()) {
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
            Select<GroupSessions.SessionChoice> choice = new Select<>();
            choice.setLabel(getTranslation("group.session.choose"));
            choice.setItems(sessions.linkable(group.id()));
            choice.setEmptySelectionAllowed(true);
            choice.setItemLabelGenerator(c -> c == null ? "" : c.title() + " · "
                    + day.withZone(ZoneId.of(c.timeZone())).format(c.startsAt()));
            choice.setId("session-choice");
            Button link = button("link-session", "group.session.link", () -> {
                GroupSessions.SessionChoice chosen = choice.getValue();
                if (chosen != null && chosen.roomId() != null) {
                    sessions.linkRoom(group.id(), chosen.roomId());
                } else if (chosen != null && chosen.eventId() != null) {
                    sessions.linkEvent(group.id(), chosen.eventId());
                }
            });
            Div form = new Div(choice, link);
            form.addClassName("control-row");
            box.add(form);
        }
        if (group.sessions().isEmpty()) {
            box.add(new Paragraph(getTranslation("group.sessions.empty")));
        }
        List<GroupPage.Session> upcoming = group.sessions().stream().filter(s -> !s.startsAt().isBefore(clock.instant())).toList();
        List<GroupPage.Session> past = group.sessions().stream().filter(s -> s.startsAt().isBefore(clock.instant())).toList();
        if (!upcoming.isEmpty()) {
            box.add(new H3(getTranslation("group.sessions.upcoming")));
            upcoming.reversed().forEach(session -> box.add(session(group, session)));
        }
        if (!past.isEmpty()) {
            box.add(new H3(getTranslation("group.sessions.past")));
            past.forEach(session -> box.add(session(group, session)));
        }
        if (!group.sessions().isEmpty()) {
            box.add(csv("sessions-csv", "group-sessions", "group.sessions.csv", sessionsCsv(), group.sessions()));
        }
        return box;
    }

    private CsvTable<GroupPage.Session> sessionsCsv() {
        return new CsvTable<GroupPage.Session>()
                .column(getTranslation("group.csv.session"), GroupPage.Session::title)
                .column(getTranslation("group.csv.starts"), s -> SPREADSHEET_TIME.withZone(ZoneId.of(s.timeZone())).format(s.startsAt()))
                .column(getTranslation("group.csv.held"), s -> held(s, a -> SPREADSHEET_TIME.withZone(ZoneId.of(s.timeZone())).format(a.heldAt())))
                .column(getTranslation("group.csv.came"), s -> held(s, GroupPage.Attendance::expectedAttended))
                .column(getTranslation("group.csv.expected"), s -> held(s, GroupPage.Attendance::expected))
                .column(getTranslation("group.csv.rate"), s -> held(s, GroupPage.Attendance::rate))
                .column(getTranslation("group.csv.attendees"), s -> held(s, GroupPage.Attendance::attendees))
                .column(getTranslation("group.csv.source"), s -> held(s, a -> getTranslation("group.session.source." + a.source().name())));
    }

    private static @Nullable Object held(GroupPage.Session session, Function<GroupPage.Attendance, @Nullable Object> value) {
        return session.attendance() == null ? null : value.apply(session.attendance());
    }

    /** "8 of 10 members came · 12 people in all · checked in at the door": observers and guests count only in all. */
    private String attendance(GroupPage.Attendance attendance) {
        String came = attendance.expected() == 0 ? getTranslation("group.session.attendance.none-expected", attendance.attendees())
                : getTranslation("group.session.attendance", attendance.expectedAttended(), attendance.expected(), attendance.attendees());
        return came + " · " + getTranslation("group.session.source." + attendance.source().name());
    }

    private Component session(GroupPage group, GroupPage.Session session) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of(session.timeZone()));
        Div card = new Div();
        card.addClassName("card");
        card.setId("session-" + session.id());
        card.add(new Span(session.title() + " · " + when.format(session.startsAt())));
        if (session.attendance() != null) {
            Span came = new Span(attendance(session.attendance()));
            came.setId("session-attendance-" + session.id());
            card.add(new Div(came));
        }
        if (session.agendaId() != null) {
            Anchor agenda = new Anchor("agendas/" + session.agendaId(), getTranslation("group.session.agenda"));
            agenda.setId("session-agenda-" + session.id());
            card.add(new Div(agenda));
            List<GroupSessions.Outcome> outcomes = sessions.outcomes(session.id());
            if (!outcomes.isEmpty()) {
                card.add(new H3(getTranslation("group.outcomes.title", session.title())));
            }
            for (GroupSessions.Outcome outcome : outcomes) {
                Div row = new Div(new Span(outcome.item() + ": " + outcome.text()));
                row.addClassName("control-row");
                if (outcome.promoted()) {
                    Span logged = new Span(getTranslation("group.decision.in-log"));
                    logged.addClassName("badge");
                    row.add(logged);
                }
                if (group.leading()) {
                    row.add(button("promote-" + outcome.itemId(), "group.decision.promote", () -> {
                        sessions.promote(session.id(), outcome.itemId());
                        Notification.show(getTranslation("group.decision.promoted"));
                    }));
                }
                card.add(row);
            }
        } else if (group.leading()) {
            List<Optional<TemplateCard>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            sessions.templates(session.id()).forEach(t -> choices.add(Optional.of(t)));
            Select<Optional<TemplateCard>> template = new Select<>();
            template.setLabel(getTranslation("group.session.template"));
            template.setItems(choices);
            template.setItemLabelGenerator(c -> c == null || c.isEmpty() ? getTranslation("group.session.template.none") : c.get().name());
            template.setValue(choices.size() > 1 ? choices.get(1) : choices.getFirst());
            template.setId("session-template-" + session.id());
            card.add(new Div(template, button("start-agenda-" + session.id(), "group.session.start", () -> {
                long agendaId = sessions.startAgenda(session.id(), template.getValue().map(TemplateCard::id).orElse(null));
                getUI().ifPresent(ui -> ui.navigate("agendas/" + agendaId));
            })));
        }
        return card;
    }

    private Component decisions(GroupPage group) {
        Div box = section("group-decisions", "group.decisions.title");
        if (group.decisions().isEmpty()) {
            box.add(new Paragraph(getTranslation("group.decisions.empty")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (GroupPage.Decision decision : group.decisions()) {
            Paragraph line = new Paragraph(getTranslation("group.decision.line", date.format(decision.decidedOn()),
                    decision.session() == null ? "" : decision.session(), decision.text()));
            line.addClassName("decision");
            Span by = new Span(decision.promotedBy() == null ? getTranslation("group.decision.by.former")
                    : getTranslation("group.decision.by", decision.promotedBy()));
            by.addClassName("muted");
            box.add(new Div(line, by));
        }
        if (!group.decisions().isEmpty()) {
            box.add(csv("decisions-csv", "group-decisions", "group.decisions.csv", new CsvTable<GroupPage.Decision>()
                    .column(getTranslation("group.csv.decided-on"), d -> d.decidedOn().toString())
                    .column(getTranslation("group.csv.session"), GroupPage.Decision::session)
                    .column(getTranslation("group.csv.decision"), GroupPage.Decision::text)
                    .column(getTranslation("group.csv.logged-by"), d -> d.promotedBy() == null
                            ? getTranslation("group.csv.former-member") : d.promotedBy()), group.decisions()));
        }
        return box;
    }

    private Component actions(GroupPage group) {
        Div box = section("group-actions", "group.actions.title");
        List<GroupSessions.OpenAction> open = sessions.openActions(group.id());
        if (open.isEmpty()) {
            box.add(new Paragraph(getTranslation("group.actions.empty")));
        }
        LocalDate today = LocalDate.now(clock);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (GroupSessions.OpenAction action : open) {
            Div row = new Div(new Span(action.text() + " · " + (action.assignee() == null ? getTranslation("group.actions.unassigned")
                    : action.assignee()) + " · " + action.session()));
            row.addClassName("control-row");
            if (action.dueOn() != null) {
                row.add(new Span(getTranslation("group.actions.due", date.format(action.dueOn()))));
            }
            if (action.overdueOn(today)) {
                Span overdue = new Span(getTranslation("group.actions.overdue"));
                overdue.addClassNames("badge", "badge-warning");
                row.add(overdue);
            }
            box.add(row);
        }
        if (!open.isEmpty()) {
            box.add(csv("actions-csv", "group-actions", "group.actions.csv", new CsvTable<GroupSessions.OpenAction>()
                    .column(getTranslation("group.csv.action"), GroupSessions.OpenAction::text)
                    .column(getTranslation("group.csv.assignee"), GroupSessions.OpenAction::assignee)
                    .column(getTranslation("group.csv.session"), GroupSessions.OpenAction::session)
                    .column(getTranslation("group.csv.due"), a -> a.dueOn() == null ? null : a.dueOn().toString())
                    .column(getTranslation("group.csv.overdue"), a -> getTranslation(a.overdueOn(today) ? "group.csv.yes" : "group.csv.no")),
                    open));
        }
        return box;
    }

    /** A CSV link for one of the page's tables, named after the group and the day. */
    private <T> CsvDownload csv(String id, String table, String labelKey, CsvTable<T> columns, List<T> rows) {
        return new CsvDownload(id, CsvFiles.name(table, page.id(), LocalDate.now(clock)), getTranslation(labelKey), columns.write(rows));
    }

    private Div section(String id, String titleKey) {
        Div box = new Div(new H2(getTranslation(titleKey)));
        box.setId(id);
        box.addClassName("card");
        return box;
    }

    /** A button whose work is followed by a fresh page; a refusal shows its translated reason. */
    private Button button(String id, String key, Runnable work) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                work.run();
                reload();
            } catch (GroupRefused refused) {
                Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                reload();
            }
        });
        button.setId(id);
        if (key.equals("group.decision.promote") || key.equals("group.join") || key.equals("group.accept")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("groups.title") : page.name();
    }
}
