package eu.hubtable.demo;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.PostDirection;
import eu.hubtable.matching.PostForm;
import eu.hubtable.matching.PostKind;
import eu.hubtable.matching.Posts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Offers and needs posted by demo members, tagged so that suggestions have something to explain:
 * the demo member (a sound designer looking for a game studio) is offered Pixel Harbour's
 * co-production and is needed by its composer search.
 */
@Component
class DemoPosts {

    private final Posts posts;
    private final Clock clock;

    DemoPosts(Posts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    void seed(Map<String, Long> memberIds, Map<String, Long> organisationIds) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        post(memberIds, "eva.jansen", new PostForm(PostDirection.OFFER, PostKind.CO_PRODUCTION,
                "Game studio open to co-producing an audio-driven game",
                "Pixel Harbour has room for one co-production next year: we bring design and programming, you bring the sound.",
                Set.of(Sector.DIGITAL_GAMES), Set.of("game studio", "audio-driven game", "co-production"), "Amsterdam", "NL", "en",
                today.plusMonths(3), organisationIds.get("Pixel Harbour")));
        post(memberIds, "eva.jansen", new PostForm(PostDirection.NEED, PostKind.SKILL_OR_SERVICE, "A composer and sound designer for our next game",
                "A calm exploration game set in a flooded city; about 40 minutes of adaptive music and all sound effects.",
                Set.of(Sector.DIGITAL_GAMES, Sector.MUSIC), Set.of("sound design", "composition"), "Amsterdam", "NL", "en",
                today.plusMonths(2), null));
        post(memberIds, "hugo.lambert", new PostForm(PostDirection.OFFER, PostKind.SKILL_OR_SERVICE,
                "3D scans of industrial heritage, ready for games and XR",
                "Blast furnaces, mine buildings and machine halls of the Greater Region, scanned and cleaned up.",
                Set.of(Sector.HERITAGE, Sector.XR_IMMERSIVE), Set.of("3d scans", "photogrammetry", "heritage"), "Liège", "BE", "fr",
                today.plusMonths(6), organisationIds.get("Heritage Lab Liège")));
        post(memberIds, "marc.kieffer", new PostForm(PostDirection.OFFER, PostKind.SPACE_OR_EQUIPMENT,
                "FabLab afternoons: laser cutter and 3D printers",
                "Cluster members book the school's FabLab on Wednesday afternoons, with a technician.",
                Set.of(Sector.DESIGN, Sector.CRAFTS), Set.of("fablab", "laser cutting", "3d printing", "prototyping"),
                "Esch-sur-Alzette", "LU", "fr", today.plusMonths(4), organisationIds.get("School of Design Esch")));
        post(memberIds, "paul.reuter", new PostForm(PostDirection.NEED, PostKind.TENDER_PARTNER, "A designer to pair with on a rebrand tender",
                "A public rebrand tender in Luxembourg asks for copy and visual identity together; deadline in five weeks.",
                Set.of(Sector.ADVERTISING_COMMUNICATION, Sector.DESIGN), Set.of("graphic design", "visual identity"), "Luxembourg", "LU",
                "en", today.plusWeeks(5), null));
        post(memberIds, "amelie.girard", new PostForm(PostDirection.NEED, PostKind.TENDER_PARTNER, "An XR partner for a museum tender",
                "A museum of industry wants an immersive room; we design the exhibition and need the XR production.",
                Set.of(Sector.HERITAGE, Sector.XR_IMMERSIVE), Set.of("xr production", "unreal engine"), "Lille", "FR", "fr",
                today.plusWeeks(6), null));
    }

    private void post(Map<String, Long> memberIds, String login, PostForm form) {
        // a post speaks for its author: it is published as them
        AsDemoMember.run(memberIds, login, () -> posts.publish(form));
    }
}
