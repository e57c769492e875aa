package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;

class MyDataTest extends ServiceTest {

    @Autowired
    MyData myData;

    @Autowired
    Profiles profiles;

    @Autowired
    Contacts contacts;

    @Autowired
    Organisations organisations;

    @Autowired
    MemberDirectory directory;

    @Autowired
    AuthenticationProvider signInProvider;

    @Autowired
    JdbcTemplate jdbc;

    private MemberPrincipal lea;
    private MemberPrincipal tom;

    @BeforeEach
    void twoMembers() {
        lea = newMember("Léa Martin");
        tom = newMember("Tom Weber");
        signIn(lea);
        profiles.updateMine(ProfileFixtures.contact(profiles.mine(), "+32 470 11 22 33", "https://lea.example", ContactVisibility.CONTACTS));
        asAdmin(() -> {
            long hub = organisations.create(new NewOrganisation("Brussels Creative Quarter", OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(hub, lea.memberId(), MembershipRole.MANAGER);
            return hub;
        });
    }

    @Test
    void theExportHoldsMyDataAndNeverAnotherMembersPrivateDetails() {
        signIn(tom);
        profiles.updateMine(ProfileFixtures.contact(profiles.mine(), "+352 621 000 000", null, ContactVisibility.CONTACTS));
        contacts.request(lea.memberId(), "Shall we talk about sound for our film?");
        String toms = new String(myData.export(), StandardCharsets.UTF_8);
        assertThat(toms).contains(tom.email(), "+352 621 000 000", "Shall we talk about sound for our film?", "Léa Martin");
        // a pending request is no contact: none of Léa's details travel in Tom's export
        assertThat(toms).doesNotContain(lea.email(), "+32 470 11 22 33", "lea.example");

        signIn(lea);
        String leas = new String(myData.export(), StandardCharsets.UTF_8);
        assertThat(leas).contains(lea.email(), "+32 470 11 22 33", "https://lea.example", "Brussels Creative Quarter", "MANAGER")
                .doesNotContain(tom.email(), "+352", "Shall we talk");
    }

    @Test
    void aWrongPasswordErasesNothing() {
        signIn(lea);
        assertThatThrownBy(() -> myData.erase("not my password")).isInstanceOf(ErasureRefused.class)
                .hasMessage("erase.password.wrong");
        assertThat(profiles.mine().phone()).isEqualTo("+32 470 11 22 33");
        assertThat(organisations.mine()).hasSize(1);
    }

    @Test
    void erasingRemovesTheAccountProfileContactsAndMembershipsButFreesTheEmail() {
        signIn(tom);
        contacts.request(lea.memberId(), "Hello");
        signIn(lea);
        myData.erase(PASSWORD);

        assertThatThrownBy(() -> signInProvider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(lea.email(), PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject("select count(*) from member where email = ? or display_name = 'Léa Martin' or phone is not null",
                Integer.class, lea.email())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from organisation_membership where member_id = ?", Integer.class, lea.memberId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from contact_request", Integer.class)).isZero();

        signIn(tom);
        assertThat(profiles.profileOf(lea.memberId())).isEmpty();
        assertThat(directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, false, 0, 10))
                .extracting(MemberCard::displayName).containsExactly("Tom Weber");
        assertThat(contacts.incoming()).isEmpty();
        // the address is free again
        memberAccounts.register(new Registration("Léa Martin", lea.email(), "a brand new passphrase, 2026", Locale.FRENCH));
    }
}
