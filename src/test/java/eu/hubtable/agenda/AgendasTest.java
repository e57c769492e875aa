package eu.hubtable.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.room.RoomForm;
import eu.hubtable.room.RoomVisibility;
import eu.hubtable.room.TableForm;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class AgendasTest extends AgendaTest {

    @Test
    void itemsKeepTheirOrderAndPlannedClockTimesAddUp() {
        item("Welcome and round of names", 10);
        long barriers = item("Export barriers: what we heard", 25);
        item("Recommendations to the ministry", 30);
        long wrapUp = item("Wrap-up and actions", 5);

        agendas.move(wrapUp, 1);
        assertThat(titles()).containsExactly("Welcome and round of names", "Wrap-up and actions",
                "Export barriers: what we heard", "Recommendations to the ministry");
        agendas.move(wrapUp, 99);
        agendas.move(barriers, 0);
        assertThat(titles()).containsExactly("Export barriers: what we heard", "Welcome and round of names",
                "Recommendations to the ministry", "Wrap-up and actions");

        AgendaSheet sheet = agendas.sheet(agenda);
        assertThat(sheet.plannedMinutes()).isEqualTo(70);
        assertThat(sheet.items()).extracting(AgendaSheet.Item::position).containsExactly(0, 1, 2, 3);
        assertThat(sheet.items()).extracting(item -> ZonedDateTime.ofInstant(item.plannedStart(), sheet.zone()).toLocalTime())
                .containsExactly(LocalTime.of(14, 0), LocalTime.of(14, 25), LocalTime.of(14, 35), LocalTime.of(15, 5));

        agendas.remove(barriers);
        assertThat(agendas.sheet(agenda).items()).extracting(AgendaSheet.Item::position).containsExactly(0, 1, 2);
        assertThat(agendas.sheet(agenda).items().getFirst().plannedStart()).isEqualTo(sheet.plannedStart());
    }

    @Test
    void theLaterOfTwoSavesFromTheSameValueIsRefusedAndToldTheCurrentValue() {
        long item = item("Export barriers", 25);
        signIn(chloe);
        assertThat(agendas.edit(item, ItemField.TITLE, "Export barriers", "Export barriers in Asia"))
                .isEqualTo(new FieldSave.Saved("Export barriers in Asia"));
        signIn(manon);
        FieldSave late = agendas.edit(item, ItemField.TITLE, "Export barriers", "Barriers to export");
        assertThat(late).isEqualTo(new FieldSave.Conflict("Export barriers in Asia", "Chloé Partner"));
        assertThat(titles()).containsExactly("Export barriers in Asia");

        // a different field of the same item is no conflict: both edits stay
        assertThat(agendas.edit(item, ItemField.PLANNED_MINUTES, 25, 40)).isEqualTo(new FieldSave.Saved(40));
        assertThat(agendas.edit(item, ItemField.NOTES, null, "Ask about visas")).isEqualTo(new FieldSave.Saved("Ask about visas"));
        AgendaSheet.Item stored = agendas.sheet(agenda).items().getFirst();
        assertThat(stored.title()).isEqualTo("Export barriers in Asia");
        assertThat(stored.plannedMinutes()).isEqualTo(40);
        assertThat(stored.notes()).isEqualTo("Ask about visas");
    }

    @Test
    void badValuesAreRefusedWithAReasonAndNothingIsStored() {
        long item = item("Export barriers", 25);
        assertThat(agendas.edit(item, ItemField.TITLE, "Export barriers", "   ")).isEqualTo(new FieldSave.Rejected("agenda.item.title.required"));
        assertThat(agendas.edit(item, ItemField.PLANNED_MINUTES, 25, -5)).isEqualTo(new FieldSave.Rejected("agenda.item.minutes.range"));
        assertThat(agendas.edit(item, ItemField.PLANNED_MINUTES, 25, 100_000)).isEqualTo(new FieldSave.Rejected("agenda.item.minutes.range"));
        assertThat(agendas.edit(item, ItemField.PLANNED_MINUTES, 25, null)).isEqualTo(new FieldSave.Rejected("agenda.item.minutes.required"));
        assertThat(agendas.edit(item, ItemField.TITLE, "Export barriers", "x".repeat(Agendas.MAX_TITLE + 1)))
                .isEqualTo(new FieldSave.Rejected("agenda.item.title.too-long"));
        assertThatThrownBy(() -> agendas.addItem(agenda, "", 10)).hasMessage("agenda.item.title.required");
        assertThatThrownBy(() -> agendas.addItem(agenda, "Coffee", 0)).hasMessage("agenda.item.minutes.range");
        AgendaSheet.Item stored = agendas.sheet(agenda).items().getFirst();
        assertThat(stored.title()).isEqualTo("Export barriers");
        assertThat(stored.plannedMinutes()).isEqualTo(25);
        assertThat(agendas.sheet(agenda).items()).hasSize(1);
    }

    @Test
    void anItemRemovedWhileSomeoneEditsItIsReportedGone() {
        long item = item("Export barriers", 25);
        signIn(chloe);
        agendas.remove(item);
        signIn(manon);
        assertThat(agendas.edit(item, ItemField.TITLE, "Export barriers", "Export barriers in Asia")).isEqualTo(new FieldSave.Gone());
        assertThatThrownBy(() -> agendas.move(item, 0)).hasMessage("agenda.item.gone");
        assertThat(agendas.sheet(agenda).items()).isEmpty();
    }

    @Test
    void participantsReadFacilitatorsAndGrantedMembersEditOthersSeeNothing() {
        long item = item("Export barriers", 25);
        MemberPrincipal participant = newMember("Paul Participant");
        signIn(participant);
        assertThat(agendas.watch(agenda).rights()).isEqualTo(new AgendaRights(false, false));
        assertThat(agendas.sheet(agenda).items()).extracting(AgendaSheet.Item::title).containsExactly("Export barriers");
        assertThatThrownBy(() -> agendas.edit(item, ItemField.TITLE, "Export barriers", "Mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.addItem(agenda, "Mine", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.move(item, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.remove(item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.grantEditing(agenda, participant.memberId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runOfShow.start(agenda)).isInstanceOf(AccessDeniedException.class);

        signIn(chloe);
        agendas.grantEditing(agenda, participant.memberId());
        signIn(participant);
        assertThat(agendas.watch(agenda).rights()).isEqualTo(new AgendaRights(true, false));
        assertThat(agendas.edit(item, ItemField.TITLE, "Export barriers", "Mine")).isEqualTo(new FieldSave.Saved("Mine"));
        assertThatThrownBy(() -> runOfShow.start(agenda)).isInstanceOf(AccessDeniedException.class);

        signIn(manon);
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 9, 0);
        long hubOnly = rooms.create(new RoomForm(hub, "Steering committee", "Governance", null, start, start.plusHours(1),
                "Europe/Luxembourg", RoomVisibility.ORGANISATION, 10, Set.of(), List.of(new TableForm("Board", null, 10, null))));
        long secret = agendas.createForRoom(hubOnly, null);
        signIn(participant);
        assertThatThrownBy(() -> agendas.sheet(secret)).hasMessage("agenda.not-found");
        assertThatThrownBy(() -> agendas.watch(secret)).hasMessage("agenda.not-found");
        assertThatThrownBy(() -> agendas.ofRoom(hubOnly)).hasMessage("agenda.not-found");
        assertThatThrownBy(() -> agendas.createForRoom(room, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInPersonEventHasItsOwnAgendaRunByItsHosts() {
        item("Tour de table", 10);
        long template = templates.save(agenda, "Studio visit");
        long hall = organisations.addVenue(hub, new eu.hubtable.organisation.VenueForm(0, "Main hall", "1 Rue de la Gare", 80, null));
        LocalDateTime start = LocalDateTime.of(2026, 12, 8, 17, 0);
        long event = events.create(new eu.hubtable.event.EventForm(hub, hall, null, "Studio visit: Pixel Forge", "Games", null, null,
                null, eu.hubtable.event.EventFormat.IN_PERSON, start, start.plusHours(3), "Europe/Luxembourg", 30, null));
        assertThat(templates.forEvent(event)).extracting(TemplateCard::name).containsExactly("Studio visit");
        long visitAgenda = agendas.createForEvent(event, template);
        assertThat(agendas.ofEvent(event)).contains(visitAgenda);
        AgendaSheet sheet = agendas.sheet(visitAgenda);
        assertThat(sheet.sessionTitle()).isEqualTo("Studio visit: Pixel Forge");
        assertThat(sheet.eventId()).isEqualTo(event);
        assertThat(sheet.roomId()).isNull();
        assertThat(ZonedDateTime.ofInstant(sheet.plannedStart(), sheet.zone()).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(sheet.items()).extracting(AgendaSheet.Item::title).containsExactly("Tour de table");

        MemberPrincipal member = newMember("Paul Participant");
        signIn(member);
        assertThat(agendas.watch(visitAgenda).rights()).isEqualTo(new AgendaRights(false, false));
        assertThatThrownBy(() -> agendas.createForEvent(event, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agendas.addItem(visitAgenda, "Mine", 5)).isInstanceOf(AccessDeniedException.class);
        signIn(manon);
        runOfShow.start(visitAgenda);
        assertThat(agendas.sheet(visitAgenda).state()).isEqualTo(AgendaState.RUNNING);
    }

    @Test
    void aTemplateCarriesItemsIntoTheNextSessionButNotItsOutcomes() {
        long item = item("Tour de table", 10);
        item("Progress on the roadmap", 45);
        agendas.edit(item, ItemField.OUTCOME, null, "Three new members");
        long template = templates.save(agenda, "Working group meeting");
        assertThatThrownBy(() -> templates.save(agenda, "Working group meeting")).hasMessage("agenda.template.name.taken");
        assertThatThrownBy(() -> templates.save(agenda, " ")).hasMessage("agenda.template.name.length");

        LocalDateTime start = LocalDateTime.of(2027, 1, 14, 14, 0);
        long nextRoom = rooms.create(new RoomForm(hub, "Internationalisation WG #5", "Internationalisation", null, start,
                start.plusHours(2), "Europe/Luxembourg", RoomVisibility.MEMBERS, 40, Set.of(), List.of(new TableForm("Plenary", null, 30, null))));
        assertThat(templates.forRoom(nextRoom)).containsExactly(new TemplateCard(template, "Working group meeting", 2, 55));
        long next = agendas.createForRoom(nextRoom, template);
        AgendaSheet sheet = agendas.sheet(next);
        assertThat(sheet.items()).extracting(AgendaSheet.Item::title).containsExactly("Tour de table", "Progress on the roadmap");
        assertThat(sheet.items()).extracting(AgendaSheet.Item::outcome).containsOnlyNulls();
        assertThat(sheet.plannedMinutes()).isEqualTo(55);
        assertThat(agendas.createForRoom(nextRoom, null)).isEqualTo(next);
    }
}
