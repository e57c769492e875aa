package eu.hubtable.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class SeatingTest extends RoomTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSixSeatTableNeverSeatsMoreThanSixWhenTwentyJoinAtOnce() throws Exception {
        long room = openRoom(RoomVisibility.MEMBERS, 6, 6);
        long table = tableId(room, 0);
        List<MemberPrincipal> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(newMember("Member " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (MemberPrincipal member : crowd) {
            outcomes.add(pool.submit((Callable<String>) () -> {
                signIn(member);
                start.await();
                try {
                    seating.sit(room, table);
                    return "seated";
                } catch (RoomRefused refused) {
                    return refused.messageKey();
                } finally {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results.stream().filter("seated"::equals)).hasSize(6);
        assertThat(results.stream().filter("room.table.full"::equals)).hasSize(14);
        assertThat(jdbc.queryForObject("select count(*) from seat where table_id = ?", Integer.class, table)).isEqualTo(6);
        signIn(manager);
        assertThat(seating.tables(room).getFirst().seated()).hasSize(6);
        assertThat(seating.tables(room).getFirst().seatsLeft()).isZero();
    }

    @Test
    void aMemberSitsAtOneTableAtATimeAndSwitchingFreesTheOldSeat() {
        long room = openRoom(RoomVisibility.MEMBERS, 2, 2);
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        seating.sit(room, tableId(room, 0));
        seating.sit(room, tableId(room, 1));
        List<TableState> tables = seating.tables(room);
        assertThat(tables.get(0).seated()).isEmpty();
        assertThat(tables.get(1).seated()).extracting(TableState.Seated::displayName).containsExactly("Léa Martin");
        seating.leave(room);
        assertThat(seating.tables(room).get(1).seated()).isEmpty();
        // every table visit is on the attendance record
        assertThat(jdbc.queryForObject("select count(*) from attendance where member_id = ? and table_id is not null and left_at is not null",
                Integer.class, lea.memberId())).isEqualTo(2);
    }

    @Test
    void lockedTablesAndClosedRoomsRefuseWithAReasonAndFacilitatorsMoveParticipants() {
        long room = openRoom(RoomVisibility.MEMBERS, 2, 2);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        signIn(manager);
        seating.lock(room, tableId(room, 1), true);
        signIn(lea);
        seating.sit(room, tableId(room, 0));
        assertThatThrownBy(() -> seating.sit(room, tableId(room, 1))).hasMessage("room.table.locked");
        assertThatThrownBy(() -> seating.lock(room, tableId(room, 0), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seating.move(room, lea.memberId(), tableId(room, 1))).isInstanceOf(AccessDeniedException.class);

        signIn(manager);
        seating.move(room, lea.memberId(), tableId(room, 1)); // facilitators may seat at a locked table
        assertThat(seating.tables(room).get(1).seats(lea.memberId())).isTrue();
        rooms.close(room);
        assertThat(seating.tables(room)).allSatisfy(table -> assertThat(table.seated()).isEmpty());

        signIn(tom);
        assertThatThrownBy(() -> seating.sit(room, tableId(room, 0))).hasMessage("room.closed");
    }

    @Test
    void seatsLeftFromBeforeARestartAreFreed() {
        long room = openRoom(RoomVisibility.MEMBERS, 4);
        signIn(newMember("Léa Martin"));
        seating.sit(room, tableId(room, 0));
        seating.standEveryoneUpAfterRestart();
        assertThat(jdbc.queryForObject("select count(*) from seat", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from attendance where left_at is null", Integer.class)).isZero();
    }

    @Test
    void shufflingMixesSectorsAcrossTables() {
        long room = openRoom(RoomVisibility.MEMBERS, 2, 2, 2);
        List<MemberPrincipal> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            MemberPrincipal member = newMember("Person " + i);
            signIn(member);
            profiles.updateMine(withSector(profiles.mine(), i < 3 ? eu.hubtable.core.vocabulary.Sector.MUSIC : eu.hubtable.core.vocabulary.Sector.DESIGN));
            seating.enter(room);
            people.add(member);
        }
        // two musicians start at the same table
        signIn(people.get(0));
        seating.sit(room, tableId(room, 0));
        signIn(people.get(1));
        seating.sit(room, tableId(room, 0));
        signIn(people.get(5));
        assertThatThrownBy(() -> seating.shuffle(room)).isInstanceOf(AccessDeniedException.class);

        signIn(manager);
        seating.shuffle(room);
        List<TableState> tables = seating.tables(room);
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.seated()).hasSize(2);
            // one musician and one designer at every table
            assertThat(table.seated().stream().map(s -> s.displayName().compareTo("Person 3") < 0).distinct()).hasSize(2);
        });
    }

    @Autowired
    eu.hubtable.member.Profiles profiles;

    private static eu.hubtable.member.ProfileForm withSector(eu.hubtable.member.ProfileForm f, eu.hubtable.core.vocabulary.Sector sector) {
        return new eu.hubtable.member.ProfileForm(f.version(), f.displayName(), f.headline(), f.bio(), f.city(), f.countryCode(),
                f.languages(), Set.of(sector), f.skills(), f.offer(), f.need(), f.phone(), f.website(), f.contactVisibility(), f.links());
    }
}
