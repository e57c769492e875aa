package eu.hubtable.room.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.Rooms;
import eu.hubtable.room.Seating;
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

class RoomViewTest extends KaribuTest {

    @Autowired
    Rooms rooms;

    @Autowired
    Seating seating;

    @Autowired
    Organisations organisations;

    private MemberPrincipal manager;
    private MemberPrincipal lea;
    private long room;

    @BeforeEach
    void openRoom() {
        manager = newMember("Manon Hub");
        lea = newMember("Léa Martin");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Creative Hub " + manager.memberId(), OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manager);
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        room = rooms.create(new RoomForm(hub, "Going international", "Internationalisation", null, start, start.plusHours(2),
                "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(),
                List.of(new TableForm("Export", "Markets abroad", 2, "https://meet.jit.si/hubtable-export"),
                        new TableForm("Funding", null, 6, null))));
        rooms.open(room);
    }

    @Test
    void aSeatTakenAndAChatMessageSentShowOnTheOtherParticipantsScreen() {
        login(manager);
        navigate("rooms/" + room);
        assertThat(seatsLeft("Export")).isEqualTo("2 of 2 seats left");

        try (LiveUser leasBrowser = anotherUser(lea)) {
            leasBrowser.run(() -> {
                UI.getCurrent().navigate("rooms/" + room);
                _click(joinButton("Export"));
                assertThat(table("Export").getElement().getTextRecursively()).contains("Léa Martin", "Open the table's video call");
            });
            roundtripUntil(() -> seatsLeft("Export").equals("1 of 2 seats left")
                    && table("Export").getElement().getTextRecursively().contains("Léa Martin"));
            roundtripUntil(() -> hereNow().containsAll(List.of("Léa Martin", "Manon Hub")));

            leasBrowser.run(() -> {
                TextField input = _get(_get(Div.class, spec -> spec.withId("room-chat")), TextField.class);
                _setValue(input, "<b>Hello</b> from Brussels");
                _click(_get(_get(Div.class, spec -> spec.withId("room-chat")), Button.class, spec -> spec.withClasses("chat-send")));
            });
            roundtripUntil(() -> roomChat().contains("<b>Hello</b> from Brussels"));

            // the facilitator removes it: it leaves Léa's screen too
            _click(_get(_get(Div.class, spec -> spec.withId("room-chat")), Button.class, spec -> spec.withClasses("chat-remove")));
            leasBrowser.sees(() -> !roomChat().contains("Hello"));

            // Léa closes her tab: her seat frees for everyone
        }
        roundtripUntil(() -> seatsLeft("Export").equals("2 of 2 seats left"));
        roundtripUntil(() -> hereNow().equals(List.of("Manon Hub")));
    }

    @Test
    void aManagerPlansARoomAndABadScheduleIsExplainedWithoutLosingTheForm() {
        login(manager);
        navigate("rooms/new");
        _setValue(_get(TextField.class, spec -> spec.withId("room-title")), "Sound for games");
        _setValue(_get(TextField.class, spec -> spec.withId("room-theme")), "Audio");
        var starts = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, spec -> spec.withId("room-starts"));
        var ends = _get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class, spec -> spec.withId("room-ends"));
        _setValue(ends, starts.getValue().minusHours(1));
        _click(_get(Button.class, spec -> spec.withId("save-room")));
        assertThat(starts.isInvalid()).isTrue();
        assertThat(starts.getErrorMessage()).isEqualTo("The room must end after it starts.");
        assertThat(_get(TextField.class, spec -> spec.withId("room-title")).getValue()).isEqualTo("Sound for games");

        _setValue(ends, starts.getValue().plusHours(2));
        _click(_get(Button.class, spec -> spec.withId("save-room")));
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Sound for games");
        assertThat(_find(Div.class, spec -> spec.withClasses("round-table"))).hasSize(2);
    }

    @Test
    void anAnnouncementAndACountdownReachEveryoneAndAFullTableSaysSo() {
        MemberPrincipal tom = newMember("Tom Weber");
        MemberPrincipal eva = newMember("Eva Jansen");
        signIn(tom);
        seating.sit(room, seating.tables(room).getFirst().id());
        signIn(eva);
        seating.sit(room, seating.tables(room).getFirst().id());

        login(lea);
        navigate("rooms/" + room);
        assertThat(seatsLeft("Export")).isEqualTo("Full (2 seats)");
        assertThat(joinButton("Export").isEnabled()).isFalse();
        assertThat(_find(Div.class, spec -> spec.withId("facilitator-controls"))).isEmpty();

        try (LiveUser managersBrowser = anotherUser(manager)) {
            managersBrowser.run(() -> {
                UI.getCurrent().navigate("rooms/" + room);
                _setValue(_get(TextField.class, spec -> spec.withId("announcement-text")), "Five minutes left at the tables");
                _click(_get(Button.class, spec -> spec.withId("announcement-publish")));
                _setValue(_get(TextField.class, spec -> spec.withId("countdown-label")), "Back to the plenary");
                _click(_get(Button.class, spec -> spec.withId("countdown-start")));
            });
            roundtripUntil(() -> !_find(Div.class, spec -> spec.withId("announcement")).isEmpty()
                    && !_find(Div.class, spec -> spec.withId("countdown")).isEmpty());
            assertThat(_get(Div.class, spec -> spec.withId("announcement")).getElement().getTextRecursively())
                    .isEqualTo("Five minutes left at the tables");
            assertThat(_get(Div.class, spec -> spec.withId("countdown")).getElement().getTextRecursively()).contains("Back to the plenary");
        }
    }

    @Test
    void aRoomForTheHostsMembersIsNeitherListedNorOpenToOthers() {
        signIn(manager);
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        long hubOnly = rooms.create(new RoomForm(rooms.details(room).organisationId(), "Hub members only", "Internal", null, start,
                start.plusHours(1), "Europe/Luxembourg", RoomVisibility.ORGANISATION, 10, Set.of(),
                List.of(new TableForm("Board", null, 4, null))));
        rooms.open(hubOnly);

        login(lea);
        navigate("rooms");
        _get(com.vaadin.flow.component.tabs.Tabs.class).setSelectedIndex(0); // "Live now"
        String listed = _get(Div.class, spec -> spec.withId("room-list")).getElement().getTextRecursively();
        assertThat(listed).contains("Going international").doesNotContain("Hub members only");
        // answered as a page that does not exist: not even the room's existence leaks
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("rooms/" + hubOnly))
                .hasMessageContaining("No route found");

        login(manager);
        navigate("rooms/" + hubOnly);
        assertThat(_find(RoomView.class)).hasSize(1);
        _get(Button.class, spec -> spec.withId("room-shuffle"));
    }

    private Div table(String name) {
        return _find(Div.class, spec -> spec.withClasses("round-table")).stream()
                .filter(table -> table.getElement().getTextRecursively().startsWith(name)).findFirst().orElseThrow();
    }

    private String seatsLeft(String name) {
        return _get(table(name), com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("seats-left")).getText();
    }

    private Button joinButton(String name) {
        return _get(table(name), Button.class, spec -> spec.withClasses("join-table"));
    }

    private static List<String> hereNow() {
        var group = _get(_get(Div.class, spec -> spec.withId("room-presence")), com.vaadin.flow.component.avatar.AvatarGroup.class);
        return group.getItems().stream().map(com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem::getName).sorted().toList();
    }

    private static String roomChat() {
        return _get(Div.class, spec -> spec.withId("room-chat")).getElement().getTextRecursively();
    }
}
