package eu.hubtable.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.InvitationRefused;
import eu.hubtable.member.Invitations;
import eu.hubtable.member.Profiles;
import eu.hubtable.memberimport.ImportRow.Outcome;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.ServiceTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class MemberImportTest extends ServiceTest {

    @Autowired
    MemberImport memberImport;

    @Autowired
    Organisations organisations;

    @Autowired
    Invitations invitations;

    @Autowired
    Profiles profiles;

    @Autowired
    AuthenticationProvider signInProvider;

    @Autowired
    JdbcTemplate jdbc;

    private MemberPrincipal manager;
    private MemberPrincipal existing;
    private long hub;

    @BeforeEach
    void hubWithManager() {
        manager = newMember("Manon Hub");
        existing = newMember("Tom Weber");
        hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
        signIn(manager);
    }

    @Test
    void thePreviewReportsEachRowAndTheImportStoresTheGoodOnesInOneGo() {
        String file = "\uFEFFEmail;Name;Sectors;Languages;Country;Skills;Role\n"
                + "lea@example.org;Léa Martin;Musique;fr|en;BE;sound design|foley;member\n"
                + "not-an-email;Someone;MUSIC;;;;\n"
                + "eva@example.org;Eva Jansen;Knitting;;;;\n"
                + "lea@example.org;Léa again;;;;;\n"
                + existing.email().toUpperCase() + ";Tom Weber;xr immersive;;ZZ;;\n"
                + "max@example.org;Max Kraus;DESIGN;de;DE;;manager\n"
                + "@SUM(1+1);=HYPERLINK(x);;;;;\n";
        ImportPreview preview = memberImport.preview(hub, file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).extracting(ImportRow::line, ImportRow::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Outcome.NEW_MEMBER),
                org.assertj.core.groups.Tuple.tuple(3, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(4, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(5, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(6, Outcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(7, Outcome.NEW_MEMBER),
                org.assertj.core.groups.Tuple.tuple(8, Outcome.REJECTED));
        assertThat(preview.rows().get(1).problems()).containsExactly("import.row.email");
        assertThat(preview.rows().get(2).problems()).containsExactly("import.row.sector");
        assertThat(preview.rows().get(3).problems()).containsExactly("import.row.duplicate");
        assertThat(preview.rows().get(4).problems()).containsExactly("import.row.country");
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(2); // nothing stored yet

        ImportResult result = memberImport.importRows(preview);
        assertThat(result.invited()).extracting(ImportResult.Invited::email).containsExactly("lea@example.org", "max@example.org");
        asAdmin(() -> {
            assertThat(organisations.profile(hub).orElseThrow().people()).extracting(p -> p.displayName() + " " + p.role())
                    .containsExactlyInAnyOrder("Manon Hub MANAGER", "Max Kraus MANAGER", "Léa Martin MEMBER");
            return null;
        });
        long lea = jdbc.queryForObject("select id from member where email = 'lea@example.org'", Long.class);
        asAdmin(() -> {
            assertThat(profiles.of(lea).sectors()).containsExactly(Sector.MUSIC);
            assertThat(profiles.of(lea).languages()).containsExactlyInAnyOrder("fr", "en");
            assertThat(profiles.of(lea).skills()).containsExactlyInAnyOrder("sound design", "foley");
            return null;
        });

        // the rows left out come back with their reasons, and a formula cell cannot run in a spreadsheet
        String rejected = new String(memberImport.rejectedRowsCsv(preview, (key, args) -> key), StandardCharsets.UTF_8);
        assertThat(rejected).contains("email,name,sectors,languages,country,skills,role,error", "not-an-email", "import.row.sector",
                "'@SUM(1+1)", "'=HYPERLINK(x)").doesNotContain("max@example.org");

        // the invitation opens the account once
        String token = result.invited().getFirst().invitationToken();
        assertThat(invitations.invitee(token)).contains("Léa Martin");
        assertThatThrownBy(() -> invitations.accept(token, "short")).isInstanceOf(InvitationRefused.class);
        invitations.accept(token, "a melody for Esch, 2026");
        assertThat(signInProvider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("lea@example.org",
                "a melody for Esch, 2026")).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> invitations.accept(token, "another good passphrase")).hasMessage("invitation.invalid");
    }

    @Test
    void anImportIsAllOrNothingWhenSomethingChangedSinceThePreview() {
        ImportPreview preview = memberImport.preview(hub, "email,name\nlea@example.org,Léa Martin\nnew@example.org,New Person\n"
                .getBytes(StandardCharsets.UTF_8));
        newMemberWithEmail("lea@example.org");
        signIn(manager);
        assertThatThrownBy(() -> memberImport.importRows(preview)).hasMessage("import.changed-meanwhile");
        assertThat(jdbc.queryForObject("select count(*) from member where email = 'new@example.org'", Integer.class)).isZero();
    }

    @Test
    void filesThatAreNotWhatWeExpectAreRefusedWhole() {
        assertRefused("name,phone\nLéa,123\n".getBytes(StandardCharsets.UTF_8), "import.header.missing");
        assertRefused("email,name,shoe size\na@b.org,Léa,38\n".getBytes(StandardCharsets.UTF_8), "import.header.unknown");
        assertRefused("email,name\nlea@example.org,L\u00e9a\n".getBytes(StandardCharsets.ISO_8859_1), "import.encoding");
        assertRefused(new byte[0], "import.empty");
        assertRefused("email,name\n".getBytes(StandardCharsets.UTF_8), "import.no-rows");
        assertRefused("email,name\n\"lea@example.org,Léa\n".getBytes(StandardCharsets.UTF_8), "import.malformed");
        StringBuilder many = new StringBuilder("email,name\n");
        for (int i = 0; i < 10_000; i++) {
            many.append("bad").append(i).append(",x\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "import.too-many-rows");
        assertRefused(new byte[ImportFile.MAX_BYTES + 1], "import.too-large");
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(2);
    }

    @Test
    void onlyManagersOfAHubImport() {
        signIn(existing);
        assertThatThrownBy(() -> memberImport.preview(hub, "email,name\na@b.org,Ab\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        long company = asAdmin(() -> organisations.create(new NewOrganisation("Studio", OrganisationKind.COMPANY, null, null, null, null)));
        asAdmin(() -> {
            assertThatThrownBy(() -> memberImport.preview(company, "email,name\na@b.org,Ab\n".getBytes(StandardCharsets.UTF_8)))
                    .hasMessage("import.hubs-only");
            return null;
        });
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> memberImport.preview(hub, file)).isInstanceOf(ImportRefused.class).hasMessage(key);
    }

    private void newMemberWithEmail(String email) {
        memberAccounts.register(new eu.hubtable.member.Registration("Léa Martin", email, PASSWORD, java.util.Locale.FRENCH));
    }
}
