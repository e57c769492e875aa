package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.support.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class ContactsTest extends ServiceTest {

    @Autowired
    Contacts contacts;

    @Autowired
    Profiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    private MemberPrincipal lea;
    private MemberPrincipal tom;

    @BeforeEach
    void twoMembers() {
        lea = newMember("Léa Martin");
        signIn(lea);
        profiles.updateMine(ProfileFixtures.contact(profiles.mine(), "+32 470 11 22 33", "https://lea.example", ContactVisibility.CONTACTS));
        tom = newMember("Tom Weber");
    }

    @Test
    void anAcceptedRequestShowsContactDetailsToBothSides() {
        signIn(tom);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isEmpty();
        assertThat(contacts.request(lea.memberId(), "  Met you at the Esch meetup, shall we talk sound for our film?  ").status())
                .isEqualTo(ContactStatus.REQUESTED);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isEmpty();

        signIn(lea);
        assertThat(contacts.waitingForMe()).isEqualTo(1);
        ContactRequestCard request = contacts.incoming().getFirst();
        assertThat(request.member().displayName()).isEqualTo("Tom Weber");
        assertThat(request.message()).isEqualTo("Met you at the Esch meetup, shall we talk sound for our film?");
        assertThat(contacts.stateWith(tom.memberId()).status()).isEqualTo(ContactStatus.INCOMING);
        assertThat(contacts.accept(request.requestId()).status()).isEqualTo(ContactStatus.CONTACTS);
        assertThat(contacts.incoming()).isEmpty();

        signIn(tom);
        MemberProfile.ContactDetails seen = profiles.profileOf(lea.memberId()).orElseThrow().contact().orElseThrow();
        assertThat(seen.email()).isEqualTo(lea.email());
        assertThat(seen.phone()).isEqualTo("+32 470 11 22 33");
        assertThat(contacts.mine()).extracting(c -> c.member().displayName(), Contact::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Léa Martin", lea.email()));
        assertThat(profiles.vCardOf(lea.memberId()).orElseThrow())
                .contains("FN:Léa Martin", "EMAIL:" + lea.email(), "TEL:+32 470 11 22 33", "URL:https://lea.example");
    }

    @Test
    void aNonContactNeverSeesPrivateDetailsNorTheirVCard() {
        MemberPrincipal stranger = newMember("Stranger");
        signIn(tom);
        contacts.request(lea.memberId(), null);
        signIn(stranger);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isEmpty();
        assertThat(profiles.vCardOf(lea.memberId())).isEmpty();
        // a pending request is not a contact either
        signIn(tom);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isEmpty();
        assertThat(profiles.vCardOf(lea.memberId())).isEmpty();
        assertThat(contacts.mine()).isEmpty();
        signOut();
        assertThatThrownBy(() -> profiles.vCardOf(lea.memberId())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void decliningIsSilentAndCannotBeAnsweredTwice() {
        signIn(tom);
        contacts.request(lea.memberId(), "Hello");
        signIn(lea);
        long requestId = contacts.incoming().getFirst().requestId();
        contacts.decline(requestId);
        assertThatThrownBy(() -> contacts.accept(requestId)).isInstanceOf(ContactRejected.class)
                .hasMessage("contacts.request.gone");

        signIn(tom);
        assertThat(contacts.stateWith(lea.memberId()).status()).isEqualTo(ContactStatus.REQUESTED);
        assertThat(contacts.sent()).extracting(r -> r.member().displayName()).containsExactly("Léa Martin");
        contacts.request(lea.memberId(), "Hello again"); // asking again does not bother her again
        signIn(lea);
        assertThat(contacts.incoming()).isEmpty();
        // later she changes her mind and asks him herself
        assertThat(contacts.request(tom.memberId(), "Sorry, let's talk").status()).isEqualTo(ContactStatus.REQUESTED);
        signIn(tom);
        assertThat(contacts.incoming()).extracting(ContactRequestCard::message).containsExactly("Sorry, let's talk");
    }

    @Test
    void onlyTheRecipientAnswersAndOnlyTheSenderWithdraws() {
        MemberPrincipal stranger = newMember("Stranger");
        signIn(tom);
        contacts.request(lea.memberId(), null);
        long requestId = jdbc.queryForObject("select id from contact_request", Long.class);
        assertThatThrownBy(() -> contacts.accept(requestId)).isInstanceOf(ContactRejected.class);
        signIn(stranger);
        assertThatThrownBy(() -> contacts.accept(requestId)).isInstanceOf(ContactRejected.class);
        assertThatThrownBy(() -> contacts.remove(lea.memberId())).isInstanceOf(ContactRejected.class);
        signIn(lea);
        assertThatThrownBy(() -> contacts.remove(tom.memberId())).isInstanceOf(ContactRejected.class);
        signIn(tom);
        contacts.remove(lea.memberId());
        assertThat(contacts.stateWith(lea.memberId()).status()).isEqualTo(ContactStatus.NONE);
    }

    @Test
    void askingSomeoneWhoAskedMeAcceptsAndEitherSideCanEndIt() {
        signIn(tom);
        contacts.request(lea.memberId(), null);
        signIn(lea);
        assertThat(contacts.request(tom.memberId(), null).status()).isEqualTo(ContactStatus.CONTACTS);
        contacts.remove(tom.memberId());
        signIn(tom);
        assertThat(contacts.stateWith(lea.memberId()).status()).isEqualTo(ContactStatus.NONE);
        assertThat(profiles.profileOf(lea.memberId()).orElseThrow().contact()).isEmpty();
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        signIn(tom);
        assertThatThrownBy(() -> contacts.request(tom.memberId(), null)).hasMessage("contacts.member.unknown");
        assertThatThrownBy(() -> contacts.request(999_999, null)).hasMessage("contacts.member.unknown");
        assertThatThrownBy(() -> contacts.request(lea.memberId(), "x".repeat(Contacts.MAX_MESSAGE + 1)))
                .hasMessage("contacts.message.too-long");
        assertThat(contacts.request(lea.memberId(), "<b>hi</b>'; drop table member; --").status()).isEqualTo(ContactStatus.REQUESTED);
        signIn(lea);
        assertThat(contacts.incoming().getFirst().message()).isEqualTo("<b>hi</b>'; drop table member; --");
    }

    @Test
    void twoMembersAskingEachOtherAtTheSameMomentBecomeContactsOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            MemberPrincipal a = newMember("Anna " + round);
            MemberPrincipal b = newMember("Ben " + round);
            CyclicBarrier start = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            List<Future<ContactStatus>> results = new ArrayList<>();
            for (MemberPrincipal[] pair : List.of(new MemberPrincipal[] {a, b}, new MemberPrincipal[] {b, a})) {
                results.add(pool.submit((Callable<ContactStatus>) () -> {
                    signIn(pair[0]);
                    start.await();
                    try {
                        return contacts.request(pair[1].memberId(), null).status();
                    } finally {
                        signOut();
                    }
                }));
            }
            List<ContactStatus> statuses = new ArrayList<>();
            for (Future<ContactStatus> result : results) {
                statuses.add(result.get());
            }
            pool.shutdown();
            assertThat(statuses).contains(ContactStatus.CONTACTS);
            assertThat(jdbc.queryForObject("select count(*) from contact_request where member_low = least(?, ?) and member_high = greatest(?, ?)",
                    Integer.class, a.memberId(), b.memberId(), a.memberId(), b.memberId())).isEqualTo(1);
            signIn(a);
            assertThat(contacts.stateWith(b.memberId()).status()).isEqualTo(ContactStatus.CONTACTS);
        }
    }

    private static void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
