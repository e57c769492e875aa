package eu.hubtable.demo;

import eu.hubtable.core.security.Role;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
            Map<String, MembershipRole> memberships, Set<Sector> sectors, Set<String> skills, String offer, String need,
            Set<String> languages) {
    }

    /**
     * name | e-mail (before @) | city | country | language | headline | organisations (name:ROLE;…)
     * | sectors | skills | offer | need | languages worked in
     */
    private static final String CAST = """
            Admin Adele Weber|admin|Luxembourg|LU|en|Platform administrator||||||en,fr
            Manon Schmit|manager|Luxembourg|LU|fr|Manager of the Luxembourg Creative Hub|Luxembourg Creative Hub:MANAGER;Greater Region Creative Cluster:MEMBER|ADVERTISING_COMMUNICATION|event production,community management|B2B meetups and workshops in members' offices|Companies to host our next company-presentation evening|fr,en,lb,de
            Felix Hoffmann|facilitator|Luxembourg|LU|en|Facilitator of the internationalisation working group|Luxembourg Creative Hub:MEMBER|DESIGN|facilitation,service design|Facilitation of working groups and round tables|Co-facilitators for the internationalisation group|en,de,fr
            Léa Martin|member|Brussels|BE|fr|Sound designer for film and games|Soundforge:MEMBER;Brussels Creative Quarter:MEMBER|MUSIC,AUDIOVISUAL_FILM|sound design,foley,mixing|Sound design for short films and games|A game studio to co-produce an audio-driven game|fr,en
            Jonas Peeters|jonas.peeters|Brussels|BE|en|Manager of the Brussels Creative Quarter|Brussels Creative Quarter:MANAGER|ADVERTISING_COMMUNICATION|event production,partnerships|Meeting rooms for B2B sessions in Brussels|Speakers on cross-border creative exports|nl,fr,en
            Sofia Rossi|sofia.rossi|Milan|IT|en|Fashion designer working with recycled textiles||FASHION|textile recycling,pattern making|Upcycled textile collections|A heritage partner for a museum shop line|it,en
            Tom Wagner|tom.wagner|Luxembourg|LU|en|3D animator and motion designer|Studio Lumen:MANAGER;Luxembourg Creative Hub:MEMBER|AUDIOVISUAL_FILM,DIGITAL_GAMES|3d animation,motion design|Animation for explainer films|A sound designer for a short film|lb,de,en,fr
            Camille Dubois|camille.dubois|Lille|FR|fr|Architect and scenographer|Atelier Nord:MANAGER|ARCHITECTURE,PERFORMING_ARTS|scenography,architecture|Exhibition and stage design|A lighting designer for a touring show|fr,en
            Ana Silva|ana.silva|Lisbon|PT|en|Illustrator and children's book author||PUBLISHING,VISUAL_ARTS|illustration,children's books|Illustration for books and campaigns|A publisher for a bilingual picture book|pt,en,es
            Marc Kieffer|marc.kieffer|Esch-sur-Alzette|LU|fr|Industrial designer, FabLab lead|School of Design Esch:MANAGER;Greater Region Creative Cluster:MEMBER|DESIGN,CRAFTS|industrial design,3d printing,laser cutting|FabLab access and prototyping|Designers for a furniture-from-waste tender|fr,lb,de
            Eva Jansen|eva.jansen|Amsterdam|NL|en|Game designer and studio founder|Pixel Harbour:MANAGER|DIGITAL_GAMES|game design,unity|Game design for serious games|A composer for our next game|nl,en
            Lucas Bernard|lucas.bernard|Metz|FR|fr|Documentary filmmaker|Greater Region Creative Cluster:MEMBER|AUDIOVISUAL_FILM|documentary,editing|Documentary production|A heritage institution to film industrial sites|fr
            Nora Schneider|nora.schneider|Berlin|DE|en|XR experience producer||XR_IMMERSIVE|xr production,unreal engine|Immersive museum experiences|3D scans of heritage objects|de,en
            Hugo Lambert|hugo.lambert|Liège|BE|fr|Heritage digitisation specialist|Heritage Lab Liège:MANAGER|HERITAGE,XR_IMMERSIVE|photogrammetry,3d scanning|3D scans of industrial heritage|XR studios to reuse our scans|fr,en
            Clara Müller|clara.muller|Vienna|AT|en|Performing arts producer||PERFORMING_ARTS|production,touring|Touring and co-production for dance|Venues in Luxembourg and Belgium|de,en
            Paul Reuter|paul.reuter|Luxembourg|LU|en|Copywriter and brand strategist|Luxembourg Creative Hub:MEMBER|ADVERTISING_COMMUNICATION|copywriting,brand strategy|Brand stories for creative companies|A designer to pair with on a rebrand tender|en,lb,fr
            Inès Garcia|ines.garcia|Barcelona|ES|en|UX designer for cultural institutions||DESIGN,HERITAGE|ux design,accessibility|UX for cultural institutions|A museum to pilot an accessible guide|es,en,ca
            Max Thill|max.thill|Luxembourg|LU|fr|Photographer, architecture and interiors|Luxembourg Creative Hub:MEMBER|VISUAL_ARTS,ARCHITECTURE|photography,architecture photography|Architecture and interior photography|Architects preparing competition entries|lb,fr,de
            Julie Fontaine|julie.fontaine|Brussels|BE|fr|Publisher of graphic novels|Brussels Creative Quarter:MEMBER|PUBLISHING|editing,graphic novels|Publishing graphic novels|Illustrators working in French and Dutch|fr,nl
            Daan de Vries|daan.devries|Amsterdam|NL|en|Music producer and sound engineer|Pixel Harbour:MEMBER|MUSIC,DIGITAL_GAMES|music production,sound design|Music and sound for games|A game studio needing an adaptive soundtrack|nl,en
            Elena Popescu|elena.popescu|Luxembourg|LU|en|Ceramicist and craft educator|Luxembourg Creative Hub:MEMBER|CRAFTS|ceramics,teaching|Ceramics workshops for teams|A space for a monthly workshop|ro,en,fr
            Arthur Leclercq|arthur.leclercq|Liège|BE|fr|Lighting designer for theatre|Heritage Lab Liège:MEMBER|PERFORMING_ARTS|lighting design|Lighting design for theatre and events|A scenographer for a heritage festival|fr
            Mia Weber|mia.weber|Esch-sur-Alzette|LU|en|Product design student|School of Design Esch:MEMBER|DESIGN|product design,3d printing|Fresh eyes on product ideas|An internship in a design studio|de,en
            Yusuf Demir|yusuf.demir|Brussels|BE|en|Creative technologist, interactive installations|Brussels Creative Quarter:MEMBER|XR_IMMERSIVE,VISUAL_ARTS|creative coding,interactive installations|Interactive installations|A heritage site for a light installation|tr,en,fr
            Chloé Renard|chloe.renard|Metz|FR|fr|Advertising art director||ADVERTISING_COMMUNICATION,DESIGN|art direction|Art direction for campaigns|A photographer for a tourism campaign|fr,en
            Lukas Braun|lukas.braun|Berlin|DE|en|Visual artist working with AI and video||VISUAL_ARTS|video art,generative art|Video works for exhibitions|A gallery in the Greater Region|de,en
            Sara Lindqvist|sara.lindqvist|Luxembourg|LU|en|Furniture maker and designer|Luxembourg Creative Hub:MEMBER|CRAFTS,DESIGN|furniture making,woodwork|Custom furniture for offices|Architects who specify local makers|sv,en
            Olivier Marchal|olivier.marchal|Brussels|BE|fr|Audiovisual producer|Soundforge:MANAGER;Brussels Creative Quarter:MEMBER|AUDIOVISUAL_FILM|film production,co-production|Co-production for Belgian-Luxembourgish films|Animation studios for a series|fr,en
            Giulia Bianchi|giulia.bianchi|Milan|IT|en|Textile and fashion researcher||FASHION|textile research|Research on sustainable textiles|A fashion brand for a pilot|it,en
            Pierre Muller|pierre.muller|Luxembourg|LU|fr|Theatre director|Greater Region Creative Cluster:MEMBER|PERFORMING_ARTS|directing|Theatre direction|A venue for a bilingual production|fr,lb,de
            Hanna Koch|hanna.koch|Esch-sur-Alzette|LU|en|Graphic designer, type and identity|Studio Lumen:MEMBER|DESIGN|graphic design,type design|Visual identities|A publisher for a type specimen|de,en
            Bram Claes|bram.claes|Brussels|BE|en|Games programmer|Brussels Creative Quarter:MEMBER|DIGITAL_GAMES|game programming,unity|Game programming|A narrative designer|nl,en
            Amélie Girard|amelie.girard|Lille|FR|fr|Museum exhibition designer|Atelier Nord:MEMBER|HERITAGE,ARCHITECTURE|exhibition design|Museum exhibition design|An XR partner for a museum tender|fr
            Rui Costa|rui.costa|Lisbon|PT|en|Composer for media||MUSIC|composition,orchestration|Music for film, games and theatre|A game studio looking for a composer|pt,en
            Laura Schmitz|laura.schmitz|Luxembourg|LU|en|Communication agency founder|Luxembourg Creative Hub:MEMBER|ADVERTISING_COMMUNICATION|communication,social media|Communication for cultural events|Illustrators for a campaign|lb,de,fr,en
            Noah Lemaire|noah.lemaire|Liège|BE|fr|3D scanning and photogrammetry|Heritage Lab Liège:MEMBER|HERITAGE|3d scanning,photogrammetry|Photogrammetry of buildings|Game studios that need real-world assets|fr
            Katrin Vogel|katrin.vogel|Vienna|AT|en|Dance company manager||PERFORMING_ARTS|company management|Dance company management|Partners for a European tour|de,en
            Victor Lopes|victor.lopes|Luxembourg|LU|fr|Video editor and colourist|Studio Lumen:MEMBER|AUDIOVISUAL_FILM|editing,colour grading|Editing and colour grading|Documentary makers|fr,pt
            Emma Wouters|emma.wouters|Amsterdam|NL|en|Narrative designer|Pixel Harbour:MEMBER|DIGITAL_GAMES,PUBLISHING|narrative design,writing|Narrative design for games|A game studio that needs a writer|nl,en
            Nicolas Faber|nicolas.faber|Esch-sur-Alzette|LU|fr|Craft brewer turned packaging designer|Greater Region Creative Cluster:MEMBER|DESIGN|packaging design|Packaging design for craft products|Local makers who need packaging|fr,lb
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
        return new Person(f[0], local + DOMAIN, f[2], f[3], Locale.forLanguageTag(f[4]), f[5], roles, memberships,
                list(f[7]).stream().map(Sector::valueOf).collect(Collectors.toSet()), Set.copyOf(list(f[8])), f[9], f[10],
                Set.copyOf(list(f[11])));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static NewOrganisation org(String name, OrganisationKind kind, String city, String country, String description,
            String website) {
        return new NewOrganisation(name, kind, city, country, description, website);
    }
}
