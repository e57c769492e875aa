package eu.hubtable.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.PostRejected.Field;
import eu.hubtable.member.ContactStatus;
import eu.hubtable.member.Contacts;
import eu.hubtable.support.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PostsTest extends ServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    Posts posts;

    @Autowired
    Contacts contacts;

    private MemberPrincipal lea;
    private MemberPrincipal tom;

    @BeforeEach
    void twoMembers() {
        clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        lea = newMember("Léa Martin");
        tom = newMember("Tom Weber");
    }

    @Test
    void postsAreFoundByWordsTagsAndFiltersAndLeaveTheListWhenTheyExpire() {
        signIn(lea);
        long sound = posts.publish(form(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE, "Sound design for games",
                "Foley and adaptive music for indie studios", Set.of(Sector.MUSIC, Sector.DIGITAL_GAMES), Set.of("Foley", "FMOD"),
                "BE", "fr", TODAY.plusDays(3)));
        signIn(tom);
        long lab = posts.publish(form(PostDirection.NEED, PostKind.SPACE_OR_EQUIPMENT, "A laser cutter for one afternoon",
                "Props for a theatre show", Set.of(Sector.PERFORMING_ARTS), Set.of("fablab"), "LU", "de", TODAY.plusMonths(2)));

        assertThat(ids(new PostFilter("foley", null, null, null, null, null))).containsExactly(sound);
        assertThat(ids(new PostFilter("fablab", null, null, null, null, null))).as("a tag matches").containsExactly(lab);
        assertThat(ids(new PostFilter("THÉÂTRE", null, null, null, null, null))).as("case and accents").containsExactly(lab);
        assertThat(ids(new PostFilter(null, PostDirection.NEED, null, null, null, null))).containsExactly(lab);
        assertThat(ids(new PostFilter(null, null, PostKind.SKILL_OR_SERVICE, Sector.MUSIC, "BE", "fr"))).containsExactly(sound);
        assertThat(ids(new PostFilter("100%_' or 1=1 --", null, null, null, null, null))).isEmpty();
        assertThat(posts.count(PostFilter.none())).isEqualTo(2);
        assertThat(posts.search(PostFilter.none(), 0, 10).getLast().tags()).containsExactly("fmod", "foley");

        clock.advance(Duration.ofDays(4));
        assertThat(ids(PostFilter.none())).containsExactly(lab);
        signIn(lea);
        assertThat(posts.mine()).extracting(PostCard::id).as("the author still sees it").containsExactly(sound);
    }

    @Test
    void aBadPostIsRefusedFieldByFieldAndNothingIsStored() {
        signIn(lea);
        PostForm bad = new PostForm(null, null, " ", "", Set.of(), Set.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                null, "XX", "klingon", TODAY.minusDays(1), 999_999L);
        assertThatThrownBy(() -> posts.publish(bad)).isInstanceOfSatisfying(PostRejected.class, rejected ->
                assertThat(rejected.problems()).isEqualTo(Map.of(Field.DIRECTION, "post.direction.required",
                        Field.KIND, "post.kind.required", Field.TITLE, "post.title.length", Field.BODY, "post.body.length",
                        Field.TAGS, "post.tags.too-many", Field.PLACE, "post.place.unknown", Field.LANGUAGE, "post.language.unknown",
                        Field.EXPIRY, "post.expiry.past", Field.ORGANISATION, "post.organisation.not-mine")));
        assertThat(posts.count(PostFilter.none())).isZero();
    }

    @Test
    void answeringAPostAsksItsAuthorToConnectWithTheAnswer() {
        signIn(lea);
        long sound = posts.publish(form(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE, "Sound design for games", "Foley",
                Set.of(), Set.of(), null, null, TODAY.plusDays(3)));
        assertThatThrownBy(() -> posts.answer(sound, "Me!")).hasMessage("post.answer.own");
        signIn(tom);
        assertThatThrownBy(() -> posts.answer(sound, " ")).hasMessage("post.answer.empty");
        assertThat(posts.answer(sound, "We need adaptive music for our game").status()).isEqualTo(ContactStatus.REQUESTED);
        assertThatThrownBy(() -> posts.withdraw(sound)).isInstanceOf(AccessDeniedException.class);
        signIn(lea);
        assertThat(contacts.incoming()).singleElement().satisfies(request ->
                assertThat(request.message()).isEqualTo("«Sound design for games» We need adaptive music for our game"));
        posts.withdraw(sound);
        signIn(tom);
        assertThatThrownBy(() -> posts.answer(sound, "Still there?")).hasMessage("post.not-found");
    }

    private java.util.List<Long> ids(PostFilter filter) {
        return posts.search(filter, 0, 50).stream().map(PostCard::id).toList();
    }

    private static PostForm form(PostDirection direction, PostKind kind, String title, String body, Set<Sector> sectors,
            Set<String> tags, String country, String language, LocalDate expires) {
        return new PostForm(direction, kind, title, body, sectors, tags, null, country, language, expires, null);
    }
}
