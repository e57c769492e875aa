package eu.hubtable.demo;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.OrganisationForm;
import eu.hubtable.organisation.OrganisationProfile;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.organisation.VenueForm;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo organisations' sectors, and the venues the hubs and the cluster host in. */
final class DemoOrganisations {

    private static final Map<String, Set<Sector>> SECTORS = Map.of(
            DemoContent.LU_HUB, Set.of(Sector.DESIGN, Sector.DIGITAL_GAMES, Sector.MUSIC),
            DemoContent.BXL_HUB, Set.of(Sector.ADVERTISING_COMMUNICATION, Sector.FASHION, Sector.PUBLISHING),
            DemoContent.CLUSTER, Set.of(Sector.HERITAGE, Sector.XR_IMMERSIVE, Sector.AUDIOVISUAL_FILM),
            "Studio Lumen", Set.of(Sector.AUDIOVISUAL_FILM, Sector.VISUAL_ARTS),
            "Soundforge", Set.of(Sector.MUSIC, Sector.DIGITAL_GAMES),
            "Atelier Nord", Set.of(Sector.ARCHITECTURE, Sector.PERFORMING_ARTS),
            "Pixel Harbour", Set.of(Sector.DIGITAL_GAMES),
            "School of Design Esch", Set.of(Sector.DESIGN, Sector.CRAFTS),
            "Heritage Lab Liège", Set.of(Sector.HERITAGE, Sector.XR_IMMERSIVE));

    private static final Map<String, List<VenueForm>> VENUES = Map.of(
            DemoContent.LU_HUB, List.of(
                    new VenueForm(0, "Hub main hall", "4 Rue de la Tour Jacob, Luxembourg", 80, "Step-free access, induction loop, quiet room"),
                    new VenueForm(0, "FabLab", "4 Rue de la Tour Jacob, Luxembourg (basement)", 16, "Lift to the basement; protective gear provided")),
            DemoContent.BXL_HUB, List.of(
                    new VenueForm(0, "Studio 3", "12 Rue de la Loi, Brussels", 40, "Step-free access")),
            DemoContent.CLUSTER, List.of(
                    new VenueForm(0, "Möllerei, Belval", "Avenue du Rock'n'Roll, Esch-sur-Alzette", 200, "Step-free access, accessible toilets")));

    private DemoOrganisations() {
    }

    static void describe(Organisations organisations, Map<String, Long> ids) {
        SECTORS.forEach((name, sectors) -> {
            long id = ids.get(name);
            OrganisationProfile page = organisations.profile(id).orElseThrow();
            organisations.update(id, new OrganisationForm(page.version(), page.name(), page.city(), page.countryCode(),
                    page.description(), page.website(), sectors));
        });
        VENUES.forEach((name, venues) -> venues.forEach(venue -> organisations.addVenue(ids.get(name), venue)));
    }
}
