package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.support.ServiceTest;
import eu.hubtable.support.StatementCounter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

class EngagementConsentTest extends ServiceTest {

    private static final Instant AGREED = Instant.parse("2026-11-23T09:30:00Z");

    @Autowired
    EngagementConsent consent;

    @Autowired
    MemberDirectory directory;

    @Autowired
    Profiles profiles;

    @Autowired
    MyData myData;

    @Autowired
    JdbcTemplate jdbc;

    private MemberPrincipal lea;
    private MemberPrincipal tom;
    private MemberPrincipal manager;

    @BeforeEach
    void members() {
        lea = newMember("Léa Martin");
        tom = newMember("Tom Weber");
        manager = newMember("Manon Schmit");
    }

    @Test
    void nobodyIsNamedUntilTheyAgree() {
        signIn(lea);
        assertThat(consent.mine()).isEmpty();

        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId(), tom.memberId()))).isEmpty();
    }

    @Test
    void agreeingStoresWhenAndNamesTheMemberUntilTheyWithdraw() {
        clock.pin(AGREED);
        signIn(lea);
        assertThat(consent.give()).isEqualTo(AGREED);
        assertThat(consent.mine()).contains(AGREED);

        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId(), tom.memberId())))
                .isEqualTo(Map.of(lea.memberId(), "Léa Martin"));

        signIn(lea);
        consent.withdraw();
        assertThat(consent.mine()).isEmpty();
        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId(), tom.memberId()))).isEmpty();
    }

    @Test
    void agreeingAgainFromAnotherTabKeepsTheTimeOfTheFirstConsent() {
        clock.pin(AGREED);
        signIn(lea);
        consent.give();
        clock.advance(Duration.ofHours(2));

        assertThat(consent.give()).isEqualTo(AGREED);
        assertThat(consent.mine()).contains(AGREED);
    }

    @Test
    void theNameIsTheOneTheDirectoryShowsNow() {
        signIn(lea);
        consent.give();
        profiles.updateMine(ProfileFixtures.named(profiles.mine(), "Léa Martin-Dubois"));

        signIn(manager);
        assertThat(directory.namesSharingEngagement(Set.of(lea.memberId()))).containsEntry(lea.memberId(), "Léa Martin-Dubois");
    }

    @Test
    void onlyTheAskedMembersAreReturned() {
        for (MemberPrincipal member : List.of(lea, tom, manager)) {
            signIn(member);
            consent.give();
        }
        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId(), tom.memberId(), lea.memberId(), 999_999_999L)))
                .isEqualTo(Map.of(lea.memberId(), "Léa Martin", tom.memberId(), "Tom Weber"));
        assertThat(StatementCounter.statementsDuring(() -> assertThat(directory.namesSharingEngagement(List.of())).isEmpty()))
                .isZero();
    }

    @Test
    void tenThousandIdsAreReadInChunksOfAThousand() {
        signIn(lea);
        consent.give();
        signIn(tom);
        consent.give();
        // the two real members sit in the first and in the last chunk
        List<Long> ids = new ArrayList<>(List.of(lea.memberId()));
        LongStream.range(0, 9_998).forEach(n -> ids.add(1_000_000_000L + n));
        ids.add(tom.memberId());

        signIn(manager);
        int statements = StatementCounter.statementsDuring(() -> assertThat(directory.namesSharingEngagement(ids))
                .isEqualTo(Map.of(lea.memberId(), "Léa Martin", tom.memberId(), "Tom Weber")));
        assertThat(statements).isEqualTo(10);
    }

    @Test
    void eachMemberDecidesOnlyForThemselves() {
        clock.pin(AGREED);
        signIn(lea);
        consent.give();

        signIn(tom);
        consent.withdraw();
        assertThat(consent.mine()).isEmpty();
        consent.give();

        signIn(lea);
        consent.withdraw();
        signIn(tom);
        assertThat(consent.mine()).contains(AGREED);
        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId(), tom.memberId()))).containsOnlyKeys(tom.memberId());
    }

    @Test
    void aProfileSavedFromAnOlderTabNeitherUndoesTheConsentNorIsRefusedForIt() {
        signIn(lea);
        ProfileForm olderTab = profiles.mine();
        consent.give();

        profiles.updateMine(ProfileFixtures.named(olderTab, "Léa M."));

        assertThat(consent.mine()).isPresent();
        assertThat(profiles.mine().displayName()).isEqualTo("Léa M.");
    }

    @Test
    void signedOutCallersGetNothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> directory.namesSharingEngagement(List.of(lea.memberId())))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> consent.give()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> consent.withdraw()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theExportSaysSinceWhenIAgreedAndAnErasedMemberIsNeverNamed() {
        clock.pin(AGREED);
        signIn(lea);
        consent.give();
        assertThat(new String(myData.export(), StandardCharsets.UTF_8))
                .contains("\"engagement_consent_at\" : \"2026-11-23T09:30:00Z\"");

        myData.erase(PASSWORD);

        signIn(manager);
        assertThat(directory.namesSharingEngagement(List.of(lea.memberId()))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from member where engagement_consent_at is not null", Integer.class))
                .isZero();
    }
}
