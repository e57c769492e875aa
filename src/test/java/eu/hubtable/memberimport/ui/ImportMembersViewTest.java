package eu.hubtable.memberimport.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.memberimport.ImportResult;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.NewOrganisation;
import eu.hubtable.organisation.OrganisationKind;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportMembersViewTest extends KaribuTest {

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aManagerPreviewsImportsAndPassesOnInvitationsThatOpenTheAccount() {
        MemberPrincipal manager = newMember("Manon Hub");
        long hub = asAdmin(() -> {
            long id = organisations.create(new NewOrganisation("Esch Creative Hub", OrganisationKind.HUB, null, null, null, null));
            organisations.addMember(id, manager.memberId(), MembershipRole.MANAGER);
            return id;
        });
        login(manager);
        navigate("organisations/" + hub + "/import");
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));

        _upload(upload, "members.csv", "text/csv", "name,phone\nLéa,1\n".getBytes(StandardCharsets.UTF_8));
        roundtripUntil(() -> !_get(Span.class, spec -> spec.withId("import-problem")).getText().isEmpty());
        assertThat(_get(Span.class, spec -> spec.withId("import-problem")).getText())
                .startsWith("Columns missing: email. Expected columns: email, name");

        _upload(upload, "members.csv", "text/csv", "email,name,sectors\nlea@example.org,Léa Martin,Music\nbroken,X,\n"
                .getBytes(StandardCharsets.UTF_8));
        roundtripUntil(() -> com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, spec -> spec.withId("import-counts")).size() == 1);
        assertThat(_get(Span.class, spec -> spec.withId("import-counts")).getText()).isEqualTo("1 row can be imported, 1 has problems.");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("import-rows")))).isEqualTo(2);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("import-rejected"));
        assertThat(jdbc.queryForObject("select count(*) from member where email = 'lea@example.org'", Integer.class)).isZero();

        _click(_get(Button.class, spec -> spec.withId("import-run")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText()).isEqualTo("1 new account and no existing members added.");
        Grid<ImportResult.Invited> links = _get(Grid.class, spec -> spec.withId("import-invitations"));
        String token = com.github.mvysny.kaributesting.v10.GridKt._get(links, 0).invitationToken();

        MockUsersSignOut.signOut();
        navigate("welcome/" + token);
        _setValue(_get(PasswordField.class, spec -> spec.withId("welcome-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("welcome-save")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("welcome-password")).getErrorMessage()).isEqualTo("Use at least 10 characters.");
        _setValue(_get(PasswordField.class, spec -> spec.withId("welcome-password")), "a melody for Esch, 2026");
        _click(_get(Button.class, spec -> spec.withId("welcome-save")));
        assertThat(jdbc.queryForObject("select count(*) from member_invitation where used_at is not null", Integer.class)).isEqualTo(1);
        navigate("welcome/" + token);
        _get(Paragraph.class, spec -> spec.withId("welcome-invalid"));
    }

    /** The invited person is not signed in. */
    private static final class MockUsersSignOut {
        static void signOut() {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
