package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.NewMember;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The card is due on 10 December 2026; the clock starts on 1 December. */
class TenderRemindersTest extends TenderTest {

    @Autowired
    TenderReminders reminders;

    @Test
    void aWeekAndADayBeforeTheDeadlineTheLeadAndThePartiesStillInItAreRemindedOnce() {
        MemberPrincipal lina = newMember("Lina Lead");
        MemberPrincipal bea = newMember("Bea Sound");
        MemberPrincipal carl = newMember("Carl Code");
        MemberPrincipal dora = newMember("Dora Declined");
        MemberPrincipal mia = newMember("Mia Manager");
        MemberPrincipal elise = french("Élise Dupont");
        long studio = organisation("Pixel Forge", mia, Set.of(Sector.DIGITAL_GAMES));
        long id = tender(lina, role("Sound designer", Set.of(Sector.MUSIC)), role("Studio", Set.of(Sector.DIGITAL_GAMES)),
                role("Writer", Set.of(Sector.PUBLISHING)));
        consortia.invite(roleId(id, "Sound designer"), PartyKind.MEMBER, bea.memberId(), null);
        long toCarl = consortia.invite(roleId(id, "Sound designer"), PartyKind.MEMBER, carl.memberId(), null);
        long toDora = consortia.invite(roleId(id, "Writer"), PartyKind.MEMBER, dora.memberId(), null);
        consortia.invite(roleId(id, "Studio"), PartyKind.ORGANISATION, studio, null);
        consortia.invite(roleId(id, "Writer"), PartyKind.MEMBER, elise.memberId(), null);
        signIn(carl);
        consortia.accept(toCarl);
        signIn(dora);
        consortia.decline(toDora);

        assertThat(reminders.remindNearDeadlines()).as("nine days before: not yet").isZero();
        clock.advance(Duration.ofDays(2)); // 3 December: a week before
        assertThat(reminders.remindNearDeadlines()).as("lead, pending Bea, accepted Carl, Mia for the studio, Élise").isEqualTo(5);
        assertThat(reminders.remindNearDeadlines()).as("once").isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(reminders.remindNearDeadlines()).isZero();
        for (MemberPrincipal reminded : new MemberPrincipal[] {lina, bea, carl, mia}) {
            assertThat(mailsTo(reminded, "Tender deadline")).as(reminded.displayName()).isEqualTo(1);
        }
        assertThat(mailsTo(dora, "Tender deadline")).as("declined: out of it").isZero();
        assertThat(mailsTo(elise, "Date limite le jeudi 10 décembre 2026 : Esch heritage trail")).isEqualTo(1);
        String body = jdbc.sql("select body from mail_outbox where recipient = :to").param("to", lina.email()).query(String.class).single();
        assertThat(body).contains("Hello Lina Lead", "Esch heritage trail", "City of Esch", "(7 days left)", "1 of 3 roles",
                "/tenders/" + id);

        clock.advance(Duration.ofDays(5)); // 9 December: the day before
        assertThat(reminders.remindNearDeadlines()).isEqualTo(5);
        assertThat(reminders.remindNearDeadlines()).isZero();
        assertThat(mailsTo(lina, "Tender deadline")).isEqualTo(2);
        clock.advance(Duration.ofDays(2)); // past the deadline: nothing more
        assertThat(reminders.remindNearDeadlines()).isZero();
    }

    @Test
    void aCardOpenedLateGetsOnlyTheNearestReminder() {
        MemberPrincipal lina = newMember("Lina Lead");
        clock.advance(Duration.ofDays(8)); // 9 December: one day left
        tender(lina, role("Sound designer", Set.of(Sector.MUSIC)));
        assertThat(reminders.remindNearDeadlines()).isEqualTo(1);
        assertThat(reminders.remindNearDeadlines()).isZero();
        assertThat(jdbc.sql("select days_before from tender_reminder").query(Integer.class).list()).containsExactly(1);
    }

    private MemberPrincipal french(String name) {
        String email = "elise." + System.nanoTime() + "@test.hubtable.eu";
        long id = asAdmin(() -> memberAccounts.create(new NewMember(name, email, PASSWORD, Locale.FRENCH, null, "Lille", "FR",
                Set.of(Role.MEMBER))));
        return new MemberPrincipal(id, email, name, Locale.FRENCH, Set.of(Role.MEMBER), true, null);
    }
}
