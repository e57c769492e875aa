package eu.hubtable.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.room.RoomPeriod;
import eu.hubtable.room.RoomState;
import eu.hubtable.room.RoomVisibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code uses exists in every bundle, and the bundles hold the same keys. Keys are
 * string literals shaped like {@code namespace.key} whose namespace the bundles use, so keys
 * returned by services (e.g. validation problems) are checked too, not only getTranslation calls.
 */
class TranslationKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");
    private static final Pattern PREFIX = Pattern.compile("getTranslation\\(\"([a-z.-]+\\.)\"\\s*\\+");

    @Test
    void bundlesHoldTheSameKeys() throws IOException {
        assertThat(bundle("translations_fr").stringPropertyNames()).isEqualTo(bundle("translations").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInCodeExistsInEveryBundle() throws IOException {
        Properties english = bundle("translations");
        Properties french = bundle("translations_fr");
        Set<String> namespaces = new TreeSet<>();
        english.stringPropertyNames().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));

        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    String key = literal.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".")) {
                        used.add(key);
                    }
                }
                Matcher prefix = PREFIX.matcher(code);
                while (prefix.find()) {
                    prefixes.add(prefix.group(1));
                }
            }
        }
        // Keys built from enum names: every constant needs its text.
        Map<String, Enum<?>[]> enumKeys = Map.ofEntries(Map.entry("organisation.kind.", OrganisationKind.values()),
                Map.entry("organisation.role.", MembershipRole.values()),
                Map.entry("profile.contact-visibility.", ContactVisibility.values()),
                Map.entry("room.state.", RoomState.values()), Map.entry("room.visibility.", RoomVisibility.values()),
                Map.entry("rooms.empty.", RoomPeriod.values()), Map.entry("rooms.period.", RoomPeriod.values()),
                Map.entry("import.outcome.", eu.hubtable.memberimport.ImportRow.Outcome.values()),
                Map.entry("agenda.state.", eu.hubtable.agenda.AgendaState.values()),
                Map.entry("agenda.status.", eu.hubtable.agenda.ItemStatus.values()),
                Map.entry("event.format.", eu.hubtable.event.EventFormat.values()),
                Map.entry("rsvp.status.", eu.hubtable.event.RsvpStatus.values()),
                Map.entry("post.direction.", eu.hubtable.matching.PostDirection.values()),
                Map.entry("post.kind.", eu.hubtable.matching.PostKind.values()),
                Map.entry("meeting.status.", eu.hubtable.matching.MeetingStatus.values()),
                Map.entry("tender.status.", eu.hubtable.matching.InvitationStatus.values()),
                Map.entry("tender.party.", eu.hubtable.matching.PartyKind.values()),
                Map.entry("tender.reason.", eu.hubtable.matching.TenderReason.values()),
                Map.entry("group.role.", eu.hubtable.group.GroupRole.values()),
                Map.entry("group.deliverable.status.", eu.hubtable.group.DeliverableStatus.values()),
                Map.entry("steering.health.", eu.hubtable.group.GroupHealth.values()),
                Map.entry("steering.trend.", eu.hubtable.group.AttendanceTrend.Direction.values()),
                Map.entry("group.session.source.", eu.hubtable.group.AttendanceSource.values()),
                Map.entry("impact.indicator.", eu.hubtable.impact.Indicator.values()));
        // mail texts are built from their kind's name: each needs a subject and a body
        Arrays.stream(new String[] {"confirmed", "waitlisted", "promoted", "reminder", "rescheduled", "cancelled"})
                .forEach(kind -> used.addAll(java.util.List.of("mail.event." + kind + ".subject", "mail.event." + kind + ".body")));
        Arrays.stream(new String[] {"requested", "accepted", "declined", "cancelled"})
                .forEach(kind -> used.addAll(java.util.List.of("mail.meeting." + kind + ".subject", "mail.meeting." + kind + ".body")));
        assertThat(prefixes).containsExactlyInAnyOrderElementsOf(enumKeys.keySet());
        enumKeys.forEach((prefix, constants) -> Arrays.stream(constants).forEach(c -> used.add(prefix + c.name())));
        Arrays.stream(Sector.values()).forEach(sector -> used.add(sector.translationKey()));

        assertThat(used).hasSizeGreaterThan(30);
        assertThat(english.stringPropertyNames()).as("English bundle").containsAll(used);
        assertThat(french.stringPropertyNames()).as("French bundle").containsAll(used);
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String name : new String[] {"translations", "translations_fr"}) {
            Properties bundle = bundle(name);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(name + ": " + key).isNotBlank());
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
