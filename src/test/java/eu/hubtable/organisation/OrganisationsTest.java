package eu.hubtable.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class OrganisationsTest extends ServiceTest {

    @Autowired
    Organisations organisations;

    @Test
    void managersAddMembersAndMembersSeeTheirOrganisationsHubsFirst() {
        MemberPrincipal manon = newMember("Manon");
        MemberPrincipal tom = newMember("Tom");
        long studio = asAdmin(() -> organisations.create(new NewOrganisation("Studio Lumen", OrganisationKind.COMPANY, "Luxembourg", "LU", null, null)));
        long hub = asAdmin(() -> organisations.create(new NewOrganisation("Creative Hub", OrganisationKind.HUB, "Luxembourg", "LU", null, null)));
        asAdmin(() -> {
            organisations.addMember(hub, manon.memberId(), MembershipRole.MANAGER);
            organisations.addMember(studio, tom.memberId(), MembershipRole.MEMBER);
            return null;
        });

        signIn(manon);
        organisations.addMember(hub, tom.memberId(), MembershipRole.MEMBER);

        signIn(tom);
        assertThat(organisations.mine()).extracting(MyOrganisation::name, MyOrganisation::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Creative Hub", MembershipRole.MEMBER),
                        org.assertj.core.groups.Tuple.tuple("Studio Lumen", MembershipRole.MEMBER));
    }

    @Test
    void aPlainMemberCannotAddPeopleToAnOrganisation() {
        MemberPrincipal tom = newMember("Tom");
        MemberPrincipal intruder = newMember("Intruder");
        long hub = asAdmin(() -> organisations.create(new NewOrganisation("Creative Hub", OrganisationKind.HUB, null, null, null, null)));
        asAdmin(() -> {
            organisations.addMember(hub, tom.memberId(), MembershipRole.MEMBER);
            return null;
        });

        signIn(tom);
        assertThatThrownBy(() -> organisations.addMember(hub, intruder.memberId(), MembershipRole.MANAGER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.isManager(hub, intruder.memberId())).isFalse();
    }

    @Test
    void anonymousCallersAreRefusedByTheServiceItself() {
        assertThatThrownBy(() -> organisations.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> organisations.create(new NewOrganisation("X", OrganisationKind.HUB, null, null, null, null)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
