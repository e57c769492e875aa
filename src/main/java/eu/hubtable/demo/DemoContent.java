package eu.hubtable.demo;

import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The demo's cast: hubs and companies in Luxembourg, Brussels and other EU cities. */
final class DemoContent {

    static final String PASSWORD = "hubtable-demo-2026";
    static final String DOMAIN = "@demo.hubtable.eu";
    static final String MEMBER = "member" + DOMAIN;
    static final String FACILITATOR = "facilitator" + DOMAIN;
    static final String MANAGER = "manager" + DOMAIN;
    static final String ADMIN = "admin" + DOMAIN;

    static final String LU_HUB = "Luxembourg Creative Hub";
    static final String BXL_HUB = "Brussels Creative Quarter";
    static final String CLUSTER = "Greater Region Creative Cluster";

    static final List<NewOrganisation> ORGANISATIONS = List.of(
            org(LU_HUB, OrganisationKind.HUB, "Luxembourg", "LU", "The city's creative hub: coworking, FabLab and an internationalisation working group.", "https://hub.example.lu"),
            org(BXL_HUB, OrganisationKind.HUB, "Brussels", "BE", "Hub for creative entrepreneurs in Brussels, hosting B2B meetups in members' offices.", "https://quarter.example.be"),
            org(CLUSTER, OrganisationKind.CLUSTER, "Esch-sur-Alzette", "LU", "Cross-border cluster of creative industries in the Greater Region.", "https://cluster.example.eu"),
            org("Studio Lumen", OrganisationKind.COMPANY, "Luxembourg", "LU", "Animation and visual effects studio.", "https://lumen.example.lu"),
            org("Soundforge", OrganisationKind.COMPANY, "Brussels", "BE", "Sound design and music for film and games.", "https://soundforge.example.be"),
            org("Atelier Nord", OrganisationKind.COMPANY, "Lille", "FR", "Architecture and scenography workshop.", "https://ateliernord.example.fr"),
            org("Pixel Harbour", OrganisationKind.COMPANY, "Amsterdam", "NL", "Independent game studio.", "https://pixelharbour.example.nl"),
            org("School of Design Esch", OrganisationKind.SCHOOL, "Esch-sur-Alzette", "LU", "Design school with a FabLab open to cluster members.", "https://design-school.example.lu"),
            org("Heritage Lab Liège", OrganisationKind.INSTITUTION, "Liège", "BE", "Digitising and reinterpreting industrial heritage.", "https://heritagelab.example.be"));

    record Person(String name, String email, String city, String country, Locale locale, String headline, Set<Role> roles,
            Map<String, MembershipRole> memberships) {
    }

    /** name | e-mail (before @) | city | country | language | headline | organisations (name:ROLE;…) */
    private static final String CAST = """
            Admin Adele Weber|admin|Luxembourg|LU|en|Platform administrator|
            Manon Schmit|manager|Luxembourg|LU|fr|Manager of the Luxembourg Creative Hub|Luxembourg Creative Hub:MANAGER;Greater Region Creative Cluster:MEMBER
            Felix Hoffmann|facilitator|Luxembourg|LU|en|Facilitator of the internationalisation working group|Luxembourg Creative Hub:MEMBER
            Léa Martin|member|Brussels|BE|fr|Sound designer for film and games|Soundforge:MEMBER;Brussels Creative Quarter:MEMBER
            Jonas Peeters|jonas.peeters|Brussels|BE|en|Manager of the Brussels Creative Quarter|Brussels Creative Quarter:MANAGER
            Sofia Rossi|sofia.rossi|Milan|IT|en|Fashion designer working with recycled textiles|
            Tom Wagner|tom.wagner|Luxembourg|LU|en|3D animator and motion designer|Studio Lumen:MANAGER;Luxembourg Creative Hub:MEMBER
            Camille Dubois|camille.dubois|Lille|FR|fr|Architect and scenographer|Atelier Nord:MANAGER
            Ana Silva|ana.silva|Lisbon|PT|en|Illustrator and children's book author|
            Marc Kieffer|marc.kieffer|Esch-sur-Alzette|LU|fr|Industrial designer, FabLab lead|School of Design Esch:MANAGER;Greater Region Creative Cluster:MEMBER
            Eva Jansen|eva.jansen|Amsterdam|NL|en|Game designer and studio founder|Pixel Harbour:MANAGER
            Lucas Bernard|lucas.bernard|Metz|FR|fr|Documentary filmmaker|Greater Region Creative Cluster:MEMBER
            Nora Schneider|nora.schneider|Berlin|DE|en|XR experience producer|
            Hugo Lambert|hugo.lambert|Liège|BE|fr|Heritage digitisation specialist|Heritage Lab Liège:MANAGER
            Clara Müller|clara.muller|Vienna|AT|en|Performing arts producer|
            Paul Reuter|paul.reuter|Luxembourg|LU|en|Copywriter and brand strategist|Luxembourg Creative Hub:MEMBER
            Inès Garcia|ines.garcia|Barcelona|ES|en|UX designer for cultural institutions|
            Max Thill|max.thill|Luxembourg|LU|fr|Photographer, architecture and interiors|Luxembourg Creative Hub:MEMBER
            Julie Fontaine|julie.fontaine|Brussels|BE|fr|Publisher of graphic novels|Brussels Creative Quarter:MEMBER
            Daan de Vries|daan.devries|Amsterdam|NL|en|Music producer and sound engineer|Pixel Harbour:MEMBER
            Elena Popescu|elena.popescu|Luxembourg|LU|en|Ceramicist and craft educator|Luxembourg Creative Hub:MEMBER
            Arthur Leclercq|arthur.leclercq|Liège|BE|fr|Lighting designer for theatre|Heritage Lab Liège:MEMBER
            Mia Weber|mia.weber|Esch-sur-Alzette|LU|en|Product design student|School of Design Esch:MEMBER
            Yusuf Demir|yusuf.demir|Brussels|BE|en|Creative technologist, interactive installations|Brussels Creative Quarter:MEMBER
            Chloé Renard|chloe.renard|Metz|FR|fr|Advertising art director|
            Lukas Braun|lukas.braun|Berlin|DE|en|Visual artist working with AI and video|
            Sara Lindqvist|sara.lindqvist|Luxembourg|LU|en|Furniture maker and designer|Luxembourg Creative Hub:MEMBER
            Olivier Marchal|olivier.marchal|Brussels|BE|fr|Audiovisual producer|Soundforge:MANAGER;Brussels Creative Quarter:MEMBER
            Giulia Bianchi|giulia.bianchi|Milan|IT|en|Textile and fashion researcher|
            Pierre Muller|pierre.muller|Luxembourg|LU|fr|Theatre director|Greater Region Creative Cluster:MEMBER
            Hanna Koch|hanna.koch|Esch-sur-Alzette|LU|en|Graphic designer, type and identity|Studio Lumen:MEMBER
            Bram Claes|bram.claes|Brussels|BE|en|Games programmer|Brussels Creative Quarter:MEMBER
            Amélie Girard|amelie.girard|Lille|FR|fr|Museum exhibition designer|Atelier Nord:MEMBER
            Rui Costa|rui.costa|Lisbon|PT|en|Composer for media|
            Laura Schmitz|laura.schmitz|Luxembourg|LU|en|Communication agency founder|Luxembourg Creative Hub:MEMBER
            Noah Lemaire|noah.lemaire|Liège|BE|fr|3D scanning and photogrammetry|Heritage Lab Liège:MEMBER
            Katrin Vogel|katrin.vogel|Vienna|AT|en|Dance company manager|
            Victor Lopes|victor.lopes|Luxembourg|LU|fr|Video editor and colourist|Studio Lumen:MEMBER
            Emma Wouters|emma.wouters|Amsterdam|NL|en|Narrative designer|Pixel Harbour:MEMBER
            Nicolas Faber|nicolas.faber|Esch-sur-Alzette|LU|fr|Craft brewer turned packaging designer|Greater Region Creative Cluster:MEMBER
            """;

    static final List<Person> PEOPLE = CAST.lines().filter(line -> !line.isBlank()).map(DemoContent::person).toList();

    private DemoContent() {
    }

    private static Person person(String line) {
        String[] f = line.split("\\|", -1);
        String local = f[1];
        Set<Role> roles = local.equals("admin") ? Set.of(Role.MEMBER, Role.ADMIN) : Set.of(Role.MEMBER);
        Map<String, MembershipRole> memberships = new LinkedHashMap<>();
        Arrays.stream(f[6].split(";")).filter(s -> !s.isBlank()).forEach(m -> {
            String[] parts = m.split(":");
            memberships.put(parts[0], MembershipRole.valueOf(parts[1]));
        });
        return new Person(f[0], local + DOMAIN, f[2], f[3], Locale.forLanguageTag(f[4]), f[5], roles, memberships);
    }

    private static NewOrganisation org(String name, OrganisationKind kind, String city, String country, String description,
            String website) {
        return new NewOrganisation(name, kind, city, country, description, website);
    }
}
