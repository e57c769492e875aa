package eu.hubtable.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.OrganisationRejected.Field;
import eu.hubtable.support.ServiceTest;
import eu.hubtable.support.StatementCounter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OrganisationDirectoryTest extends ServiceTest {

    @Autowired
    Organisations organisations;

    @Autowired
    OrganisationDirectory directory;

    private MemberPrincipal manager;
    private MemberPrincipal member;
    private long hub;
    private long studio;

    @BeforeEach
    void cluster() {
        manager = newMember("Manon Hub");
        member = newMember("Léa Martin");
        hub = asAdmin(() -> organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, "Esch-sur-Alzette", "LU",
                "Coworking, a FabLab with 3D printers, and an internationalisation working group.", null)));
        studio = asAdmin(() -> organisations.create(new NewOrganisation("Studio Lumen", OrganisationKind.COMPANY, "Brussels", "BE",
                "Sound design and foley for films and games.", null)));
        asAdmin(() -> {
            organisations.create(new NewOrganisation("Heritage Scans", OrganisationKind.COMPANY, "Liège", "BE",
                    "Photogrammetry of industrial heritage; XR exhibitions.", null));
            organisations.addMember(hub, manager.memberId(), MembershipRole.MANAGER);
            organisations.addMember(hub, member.memberId(), MembershipRole.MEMBER);
            return null;
        });
        signIn(manager);
        OrganisationProfile page = organisations.profile(hub).orElseThrow();
        organisations.update(hub, new OrganisationForm(page.version(), page.name(), page.city(), page.countryCode(),
                page.description(), "https://hub.example.lu", Set.of(Sector.DESIGN, Sector.DIGITAL_GAMES)));
        signIn(member);
    }

    @Test
    void searchesNamesAndDescriptionsAndFiltersByKindSectorAndPlace() {
        assertThat(names(text("fablab"))).containsExactly("Esch Creative Hub");
        assertThat(names(text("sound"))).containsExactly("Studio Lumen");
        assertThat(names(text("photogram xr"))).containsExactly("Heritage Scans");
        assertThat(names(text("3d"))).containsExactly("Esch Creative Hub");
        assertThat(names(new OrganisationFilter(null, null, OrganisationKind.COMPANY, "BE", null))).containsExactly("Heritage Scans", "Studio Lumen");
        assertThat(names(new OrganisationFilter(null, Sector.DESIGN, null, null, null))).containsExactly("Esch Creative Hub");
        assertThat(directory.count(new OrganisationFilter(null, null, null, "BE", null))).isEqualTo(2);
        assertThat(directory.search(OrganisationFilter.everyone(), OrganisationDirectory.Order.NAME, true, 0, 1))
                .extracting(OrganisationCard::name).containsExactly("Studio Lumen");
        for (String hostile : List.of("'; DROP TABLE organisation; --", "<script>alert(1)</script>", "+-~*@>(<)\"", "%_\\")) {
            assertThat(directory.search(text(hostile), OrganisationDirectory.Order.NAME, false, 0, 10)).hasSize((int) directory.count(text(hostile)));
        }
        assertThat(directory.count(OrganisationFilter.everyone())).isEqualTo(3);
    }

    @Test
    void aPageCostsTwoStatementsWhateverItsSize() {
        int small = StatementCounter.statementsDuring(() -> directory.search(OrganisationFilter.everyone(), OrganisationDirectory.Order.NAME, false, 0, 1));
        int large = StatementCounter.statementsDuring(() -> directory.search(OrganisationFilter.everyone(), OrganisationDirectory.Order.NAME, false, 0, 3));
        assertThat(small).isEqualTo(2);
        assertThat(large).isEqualTo(2);
    }

    @Test
    void onlyManagersEditTheirOrganisationAndANewerSaveIsNeverOverwritten() {
        OrganisationProfile seenByMember = organisations.profile(hub).orElseThrow();
        assertThat(seenByMember.managing()).isFalse();
        assertThat(seenByMember.people()).extracting(OrganisationProfile.Person::displayName).containsExactly("Manon Hub", "Léa Martin");
        OrganisationForm attempt = new OrganisationForm(seenByMember.version(), "Mine now", null, null, null, null, Set.of());
        assertThatThrownBy(() -> organisations.update(hub, attempt)).isInstanceOf(AccessDeniedException.class);

        signIn(manager);
        OrganisationProfile page = organisations.profile(hub).orElseThrow();
        assertThat(page.managing()).isTrue();
        assertThat(page.sectors()).containsExactlyInAnyOrder(Sector.DESIGN, Sector.DIGITAL_GAMES);
        OrganisationForm stale = new OrganisationForm(page.version() - 1, "Esch Hub", null, null, null, null, Set.of());
        assertThatThrownBy(() -> organisations.update(hub, stale)).isInstanceOfSatisfying(OrganisationRejected.class,
                e -> assertThat(e.problems()).containsEntry(Field.VERSION, "organisation.changed-elsewhere"));
        OrganisationForm taken = new OrganisationForm(page.version(), "Studio Lumen", "Narnia", "ZZ", null, "javascript:alert(1)", Set.of());
        assertThatThrownBy(() -> organisations.update(hub, taken)).isInstanceOfSatisfying(OrganisationRejected.class,
                e -> assertThat(e.problems()).containsOnlyKeys(Field.NAME, Field.COUNTRY, Field.WEBSITE));
        assertThat(organisations.profile(hub).orElseThrow().name()).isEqualTo("Esch Creative Hub");
    }

    @Test
    void hubManagersKeepTheirVenuesAndNobodyElseDoes() {
        signIn(manager);
        long venue = organisations.addVenue(hub, new VenueForm(0, "Studio 3", "12 Rue de la Loi, Esch", 40, "Step-free access, induction loop"));
        assertThatThrownBy(() -> organisations.addVenue(hub, new VenueForm(0, " ", "", 0, null)))
                .isInstanceOfSatisfying(OrganisationRejected.class, e -> assertThat(e.problems())
                        .containsOnlyKeys(Field.NAME, Field.ADDRESS, Field.CAPACITY));
        Venue stored = organisations.venue(venue).orElseThrow();
        organisations.updateVenue(venue, new VenueForm(stored.version(), "Studio 3", "12 Rue de la Loi, Esch", 45, null));
        assertThatThrownBy(() -> organisations.updateVenue(venue, new VenueForm(stored.version(), "Old tab", "x", 10, null)))
                .isInstanceOfSatisfying(OrganisationRejected.class, e -> assertThat(e.problems()).containsKey(Field.VERSION));
        assertThat(organisations.venuesOf(hub)).extracting(Venue::capacity).containsExactly(45);

        signIn(member);
        assertThatThrownBy(() -> organisations.addVenue(hub, new VenueForm(0, "Mine", "Here", 10, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.removeVenue(venue)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.profile(hub).orElseThrow().venues()).extracting(Venue::name).containsExactly("Studio 3");
        asAdmin(() -> {
            assertThatThrownBy(() -> organisations.addVenue(studio, new VenueForm(0, "Office", "Rue Haute 1", 20, null)))
                    .isInstanceOfSatisfying(OrganisationRejected.class, e -> assertThat(e.problems()).containsEntry(Field.NAME, "venue.hubs-only"));
            return null;
        });
    }

    private List<String> names(OrganisationFilter filter) {
        return directory.search(filter, OrganisationDirectory.Order.NAME, false, 0, 50).stream().map(OrganisationCard::name).toList();
    }

    private static OrganisationFilter text(String text) {
        return new OrganisationFilter(text, null, null, null, null);
    }
}
