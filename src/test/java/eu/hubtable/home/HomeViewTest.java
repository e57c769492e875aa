package eu.hubtable.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.H1;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.KaribuTest;
import eu.hubtable.support.LiveUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired
    Organisations organisations;

    @Test
    void greetsTheMemberAndListsTheirOrganisationsWithHonestEmptyStates() {
        MemberPrincipal manon = newMember("Manon Schmit");
        long hub = asAdmin(() -> organisations.create(new NewOrganisation("Luxembourg Creative Hub", OrganisationKind.HUB, "Luxembourg", "LU", null, null)));
        asAdmin(() -> {
            organisations.addMember(hub, manon.memberId(), MembershipRole.MANAGER);
            return null;
        });

        login(manon);

        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Manon Schmit");
        assertThat(texts(_get(Component.class, spec -> spec.withId("my-organisations"))))
                .contains("Luxembourg Creative Hub", "Hub", "Manager");
        assertThat(texts(_get(Component.class, spec -> spec.withId("upcoming-rooms"))))
                .contains("No round tables are scheduled yet.");
        assertThat(texts(_get(Component.class, spec -> spec.withId("upcoming-events"))))
                .contains("No events are planned yet.");
    }

    @Test
    void eachMemberSeesWhoElseIsOnlineLiveAndSeesThemLeave() {
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Wagner");
        login(lea);
        roundtripUntil(() -> onlineNames().equals(List.of("Léa Martin")));

        try (LiveUser tomsBrowser = anotherUser(tom)) {
            roundtripUntil(() -> onlineNames().containsAll(List.of("Léa Martin", "Tom Wagner")));
            tomsBrowser.sees(() -> onlineNames().containsAll(List.of("Léa Martin", "Tom Wagner")));
        }

        roundtripUntil(() -> onlineNames().equals(List.of("Léa Martin")));
    }

    @Test
    void suggestsPeopleWorthMeetingWithTheFirstReason() {
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal karim = newMember("Karim Sound");
        profile(lea, java.util.Set.of(), "A sound design partner for a game");
        profile(karim, java.util.Set.of("sound design"), null);

        login(lea);

        assertThat(texts(_get(Component.class, spec -> spec.withId("suggested-for-me"))))
                .containsSubsequence("Karim Sound", "You need sound design; Karim Sound offers it", "More suggestions");
    }

    private void profile(MemberPrincipal member, java.util.Set<String> skills, String need) {
        signIn(member);
        eu.hubtable.member.ProfileForm current = profiles.mine();
        profiles.updateMine(new eu.hubtable.member.ProfileForm(current.version(), member.displayName(), null, null, "Paris", "FR",
                java.util.Set.of(), java.util.Set.of(), skills, null, need, null, null, eu.hubtable.member.ContactVisibility.CONTACTS));
    }

    @Autowired
    eu.hubtable.member.Profiles profiles;

    private static List<String> onlineNames() {
        AvatarGroup group = _get(AvatarGroup.class);
        return group.getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).sorted().toList();
    }

    private static List<String> texts(Component root) {
        return root.getChildren().flatMap(HomeViewTest::descendants)
                .map(c -> c instanceof com.vaadin.flow.component.HasText t ? t.getText() : c.getElement().getText())
                .filter(text -> !text.isBlank())
                .toList();
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component), component.getChildren().flatMap(HomeViewTest::descendants));
    }

}
