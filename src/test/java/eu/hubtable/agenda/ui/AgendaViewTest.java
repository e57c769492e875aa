package eu.hubtable.agenda.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.agenda.ActionItems;
import eu.hubtable.agenda.AgendaSheet;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.TableForm;
import eu.hubtable.support.KaribuTest;
import eu.hubtable.support.LiveUser;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two facilitators co-edit one agenda while a participant watches: each sees what the others do. */
class AgendaViewTest extends KaribuTest {

    @Autowired
    Rooms rooms;

    @Autowired
    Agendas agendas;

    @Autowired
    ActionItems actionItems;

    @Autowired
    Organisations organisations;

    private MemberPrincipal manon;
    private MemberPrincipal chloe;
    private MemberPrincipal paul;
    private long hub;
    private long room;
    private long agenda;

    @BeforeEach
    void coFacilitatedSession() {
        manon = newMember("Manon Hub");
        chloe = newMember("Chloé Partner");
        paul = newMember("Paul Participant");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manon.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manon.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manon);
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        room = rooms.create(new RoomForm(hub, "Internationalisation WG", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(manon.memberId(), chloe.memberId()),
                List.of(new TableForm("Plenary", null, 30, null))));
        rooms.open(room);
        agenda = agendas.createForRoom(room, null);
        agendas.addItem(agenda, "Welcome", 10);
    }

    @Test
    void coFacilitatorsSeeEachOthersEditsLiveAndTheParticipantFollowsReadOnly() {
        login(manon);
        navigate("agendas/" + agenda);
        // one after the other: CE's presence asserts when a user leaves the lobby while another's avatars are still joining it
        try (LiveUser chloesBrowser = opened(anotherUser(chloe)); LiveUser paulsBrowser = anotherUser(paul)) {
            paulsBrowser.run(() -> {
                UI.getCurrent().navigate("agendas/" + agenda);
                assertThat(_find(Button.class, spec -> spec.withId("add-item"))).isEmpty();
                assertThat(_find(Button.class, spec -> spec.withId("run-start"))).isEmpty();
            });

            _setValue(_get(TextField.class, spec -> spec.withId("new-item-title")), "Export barriers");
            _setValue(_get(IntegerField.class, spec -> spec.withId("new-item-minutes")), 25);
            _click(_get(Button.class, spec -> spec.withId("add-item")));
            assertThat(titles()).containsExactly("Welcome", "Export barriers");
            chloesBrowser.sees(() -> titles().equals(List.of("Welcome", "Export barriers")));
            paulsBrowser.sees(() -> titles().equals(List.of("Welcome", "Export barriers")));

            // both facilitators open the same item; what one types appears in the other's form
            selectRow(1);
            chloesBrowser.run(() -> selectRow(1));
            _setValue(_get(TextField.class, spec -> spec.withId("item-title")), "Export barriers in Asia");
            MockVaadin.clientRoundtrip(false); // the request ends: the form's live write leaves this UI
            chloesBrowser.sees(() -> _get(TextField.class, spec -> spec.withId("item-title")).getValue().equals("Export barriers in Asia"));
            chloesBrowser.run(() -> _setValue(_get(TextArea.class, spec -> spec.withId("item-notes")), "Visas, payments, fairs"));
            roundtripUntil(() -> _get(TextArea.class, spec -> spec.withId("item-notes")).getValue().equals("Visas, payments, fairs"));
            paulsBrowser.sees(() -> titles().equals(List.of("Welcome", "Export barriers in Asia")));
            paulsBrowser.run(() -> {
                selectRow(1);
                assertThat(_get(Div.class, spec -> spec.withId("item-details")).getElement().getTextRecursively())
                        .contains("Export barriers in Asia", "Visas, payments, fairs");
            });

            // a bad value is refused next to the field, keeps what was typed, and stores nothing
            _setValue(_get(IntegerField.class, spec -> spec.withId("item-minutes")), 5000);
            IntegerField minutes = _get(IntegerField.class, spec -> spec.withId("item-minutes"));
            assertThat(minutes.isInvalid()).isTrue();
            assertThat(minutes.getErrorMessage()).isEqualTo("Plan between 1 and 480 minutes.");
            assertThat(minutes.getValue()).isEqualTo(5000);
            assertThat(agendas.sheet(agenda).items().get(1).plannedMinutes()).isEqualTo(25);

            // reordering with the keyboard reaches everyone
            _click(_get(Button.class, spec -> spec.withId("move-up")));
            assertThat(titles()).containsExactly("Export barriers in Asia", "Welcome");
            paulsBrowser.sees(() -> titles().equals(List.of("Export barriers in Asia", "Welcome")));

            // the session runs: everyone sees the current item and its countdown
            _click(_get(Button.class, spec -> spec.withId("run-start")));
            paulsBrowser.sees(() -> !_find(Span.class, spec -> spec.withId("current-item")).isEmpty()
                    && _get(Span.class, spec -> spec.withId("current-item")).getText().equals("Now: Export barriers in Asia")
                    && !_find(Div.class, spec -> spec.withId("item-countdown")).isEmpty());
            chloesBrowser.run(() -> _click(_get(Button.class, spec -> spec.withId("run-next"))));
            roundtripUntil(() -> _get(Span.class, spec -> spec.withId("current-item")).getText().equals("Now: Welcome"));
            paulsBrowser.sees(() -> _get(Span.class, spec -> spec.withId("current-item")).getText().equals("Now: Welcome"));
        }
    }

    @Test
    void anItemRemovedWhileIEditItSaysSoAndKeepsMyText() {
        login(manon);
        navigate("agendas/" + agenda);
        selectRow(0);
        _setValue(_get(TextArea.class, spec -> spec.withId("item-notes")), "My careful notes");
        try (LiveUser chloesBrowser = anotherUser(chloe)) {
            chloesBrowser.run(() -> {
                UI.getCurrent().navigate("agendas/" + agenda);
                selectRow(0);
                _click(_get(Button.class, spec -> spec.withId("remove-item")));
                com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
            });
        }
        roundtripUntil(() -> !_find(Paragraph.class, spec -> spec.withId("item-gone")).isEmpty());
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-gone-text")).getText()).contains("Welcome", "My careful notes");
        assertThat(titles()).isEmpty();
    }

    @Test
    void anAssigneeTicksTheirActionOnTheHomePage() {
        signIn(manon);
        long item = agendas.sheet(agenda).items().getFirst().id();
        actionItems.add(item, "Send the visa survey", paul.memberId(), null);
        login(paul);
        Div mine = _get(Div.class, spec -> spec.withId("my-actions"));
        Checkbox survey = _get(mine, Checkbox.class);
        assertThat(survey.getLabel()).isEqualTo("Send the visa survey");
        _setValue(survey, true);
        navigate("");
        assertThat(_get(Div.class, spec -> spec.withId("my-actions")).getElement().getTextRecursively()).contains("No open action items.");
        assertThat(agendas.sheet(agenda).actions()).extracting(AgendaSheet.Action::done).containsExactly(true);
    }

    @Test
    void thePrintablePageShowsTheSynthesisAndOutsidersGetNothing() {
        signIn(manon);
        AgendaSheet.Item welcome = agendas.sheet(agenda).items().getFirst();
        agendas.edit(welcome.id(), eu.hubtable.agenda.ItemField.OUTCOME, null, "<script>alert(1)</script> Three new members");
        actionItems.add(welcome.id(), "Send the visa survey", paul.memberId(), null);
        login(paul);
        navigate("agendas/" + agenda + "/print");
        String page = pageText();
        assertThat(page).contains("Internationalisation WG", "Welcome", "<script>alert(1)</script> Three new members",
                "☐ Send the visa survey — Paul Participant");
        assertThat(_find(com.vaadin.flow.component.html.NativeTable.class)).hasSize(1);

        login(manon);
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        long board = rooms.create(new RoomForm(hub, "Board", "Governance", null, start, start.plusHours(1), "Europe/Luxembourg",
                RoomVisibility.INVITE_ONLY, 5, Set.of(), List.of(new TableForm("Board", null, 5, null))));
        long secret = agendas.createForRoom(board, null);
        login(paul);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("agendas/" + secret))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("agendas/" + secret + "/print"))
                .hasRootCauseInstanceOf(com.vaadin.flow.router.NotFoundException.class);
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(child -> child.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private LiveUser opened(LiveUser browser) {
        browser.run(() -> UI.getCurrent().navigate("agendas/" + agenda));
        return browser;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgendaSheet.Item> grid() {
        return _get(Grid.class, spec -> spec.withId("agenda-items"));
    }

    private static List<String> titles() {
        Grid<AgendaSheet.Item> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).title()).toList();
    }

    private static void selectRow(int row) {
        Grid<AgendaSheet.Item> grid = grid();
        grid.select(GridKt._get(grid, row));
    }
}
