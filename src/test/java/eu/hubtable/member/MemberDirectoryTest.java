package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.internal.MemberSearchIndex;
import eu.hubtable.support.ServiceTest;
import eu.hubtable.support.StatementCounter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MemberDirectoryTest extends ServiceTest {

    @Autowired
    MemberDirectory directory;

    @Autowired
    Profiles profiles;

    @Autowired
    MemberSearchIndex index;

    @Autowired
    JdbcTemplate jdbc;

    private MemberPrincipal viewer;

    @BeforeEach
    void cluster() {
        profile(newMember("Léa Martin"), "Sound designer", "Brussels", "BE", Set.of("fr", "en"), Set.of(Sector.MUSIC),
                Set.of("sound design", "foley"), "Sound design for short films", null);
        profile(newMember("Eva Jansen"), "Game designer", "Amsterdam", "NL", Set.of("nl", "en"), Set.of(Sector.DIGITAL_GAMES),
                Set.of("game design"), null, "A composer for our next game");
        profile(newMember("Hugo Lambert"), "Heritage digitisation", "Liège", "BE", Set.of("fr"), Set.of(Sector.HERITAGE, Sector.XR_IMMERSIVE),
                Set.of("photogrammetry", "XR"), "3D scans of industrial heritage", null);
        viewer = newMember("Viewer");
        signIn(viewer);
    }

    @Test
    void searchesNamesSkillsOffersAndNeedsByWordBeginnings() {
        assertThat(names(filter("sound"))).containsExactly("Léa Martin");
        assertThat(names(filter("compos"))).containsExactly("Eva Jansen");
        assertThat(names(filter("photogram"))).containsExactly("Hugo Lambert");
        assertThat(names(filter("design"))).containsExactly("Eva Jansen", "Léa Martin");
        assertThat(names(filter("xr"))).containsExactly("Hugo Lambert");
        assertThat(names(filter("3d scans"))).containsExactly("Hugo Lambert");
    }

    @Test
    void filtersCombineAndTheCountMatchesTheList() {
        DirectoryFilter belgianFrench = new DirectoryFilter(null, null, "BE", null, "fr");
        assertThat(names(belgianFrench)).containsExactly("Hugo Lambert", "Léa Martin");
        assertThat(directory.count(belgianFrench)).isEqualTo(2);

        DirectoryFilter heritage = new DirectoryFilter(null, Sector.HERITAGE, null, null, null);
        assertThat(names(heritage)).containsExactly("Hugo Lambert");
        assertThat(directory.search(heritage, DirectoryOrder.NAME, false, 0, 10).getFirst().sectors())
                .containsExactly(Sector.HERITAGE, Sector.XR_IMMERSIVE);

        assertThat(directory.count(new DirectoryFilter("design", Sector.MUSIC, "BE", null, null))).isEqualTo(1);
        assertThat(directory.count(DirectoryFilter.everyone())).isEqualTo(4);
    }

    @Test
    void pagesAndSortsInTheDatabase() {
        List<MemberCard> firstTwo = directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, false, 0, 2);
        List<MemberCard> rest = directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, false, 2, 2);
        assertThat(firstTwo).extracting(MemberCard::displayName).containsExactly("Eva Jansen", "Hugo Lambert");
        assertThat(rest).extracting(MemberCard::displayName).containsExactly("Léa Martin", "Viewer");
        assertThat(directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, true, 0, 1))
                .extracting(MemberCard::displayName).containsExactly("Viewer");
    }

    @Test
    void aPageCostsTwoStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            profile(newMember("Member " + i), "Designer " + i, "Luxembourg", "LU", Set.of("fr"),
                    Set.of(Sector.DESIGN, Sector.CRAFTS), Set.of("design"), null, null);
        }
        signIn(viewer);
        int small = StatementCounter.statementsDuring(() -> assertThat(directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, false, 0, 2)).hasSize(2));
        int large = StatementCounter.statementsDuring(() -> assertThat(directory.search(DirectoryFilter.everyone(), DirectoryOrder.NAME, false, 0, 16)).hasSize(16));
        assertThat(small).isEqualTo(2);
        assertThat(large).isEqualTo(2);
    }

    @Test
    void searchTextWithSqlOrMarkupIsJustText() {
        for (String hostile : List.of("'; DROP TABLE member; --", "<script>alert(1)</script>", "\"sound\" +-~*@>(<)",
                "%_\\", "sound' OR '1'='1")) {
            // never an error, and the count always agrees with the list
            assertThat(directory.search(filter(hostile), DirectoryOrder.NAME, false, 0, 10)).hasSize((int) directory.count(filter(hostile)));
        }
        assertThat(names(filter("sound' OR '1'='1"))).isEmpty();
        assertThat(names(filter("%_\\"))).hasSize(4); // no words at all: no text filter
        assertThat(names(filter("\"sound\" +-~*@>(<)"))).containsExactly("Léa Martin");
        assertThat(directory.count(DirectoryFilter.everyone())).isEqualTo(4);
    }

    @Test
    void neitherCaseNorAccentsMatter() {
        assertThat(names(filter("LEA"))).containsExactly("Léa Martin");
        assertThat(names(new DirectoryFilter(null, null, null, "liege", null))).containsExactly("Hugo Lambert");
        assertThat(names(new DirectoryFilter(null, null, null, "LIÈGE", null))).containsExactly("Hugo Lambert");
    }

    @Test
    void aSavedProfileIsFoundAtOnceAndChangesMadeElsewhereAreCaughtUp() {
        signIn(viewer);
        profiles.updateMine(ProfileFixtures.with(profiles.mine(), "Luthier", "Metz", "FR", Set.of("fr"), Set.of(Sector.CRAFTS),
                Set.of("lutherie"), null, null));
        assertThat(names(filter("luthier"))).containsExactly("Viewer");

        // another node (or a script) writes the database: the index follows within its catch-up period
        jdbc.update("update member set headline = 'Typographer', updated_at = current_timestamp(6) where display_name = 'Eva Jansen'");
        jdbc.update("update member set status = 'ERASED', updated_at = current_timestamp(6) where display_name = 'Hugo Lambert'");
        assertThat(names(filter("typographer"))).isEmpty();
        index.catchUp();
        assertThat(names(filter("typographer"))).containsExactly("Eva Jansen");
        assertThat(names(filter("photogram"))).isEmpty();
        assertThat(directory.count(DirectoryFilter.everyone())).isEqualTo(3);
    }

    private List<String> names(DirectoryFilter filter) {
        return directory.search(filter, DirectoryOrder.NAME, false, 0, 50).stream().map(MemberCard::displayName).toList();
    }

    private static DirectoryFilter filter(String text) {
        return new DirectoryFilter(text, null, null, null, null);
    }

    private void profile(MemberPrincipal member, String headline, String city, String country, Set<String> languages,
            Set<Sector> sectors, Set<String> skills, String offer, String need) {
        signIn(member);
        profiles.updateMine(ProfileFixtures.with(profiles.mine(), headline, city, country, languages, sectors, skills, offer, need));
    }
}
