package eu.hubtable.member.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.Profiles;
import eu.hubtable.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileViewTest extends KaribuTest {

    @Autowired
    Profiles profiles;

    @Test
    void aBadWebsiteIsExplainedOnTheFieldAndNothingTypedIsLost() {
        login(newMember("Léa Martin"));
        navigate("profile");
        _setValue(field("headline"), "Sound designer");
        _setValue(_get(TextArea.class, spec -> spec.withId("offer")), "Sound design for short films");
        _setValue(field("website"), "lea dot example");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(field("website").isInvalid()).isTrue();
        assertThat(field("website").getErrorMessage())
                .isEqualTo("Enter a full web address starting with https:// (for example https://studio.example).");
        assertThat(field("headline").getValue()).isEqualTo("Sound designer");
        assertThat(_get(TextArea.class, spec -> spec.withId("offer")).getValue()).isEqualTo("Sound design for short films");
        assertThat(profiles.mine().headline()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedProfileIsStoredAndShownOnTheMembersPage() {
        var lea = newMember("Léa Martin");
        login(lea);
        navigate("profile");
        _setValue(field("headline"), "Sound designer");
        _setValue(field("city"), "Brussels");
        MultiSelectComboBox<Sector> sectors = _get(MultiSelectComboBox.class, spec -> spec.withId("sectors"));
        _setValue(sectors, Set.of(Sector.MUSIC));
        _setValue(_get(TextArea.class, spec -> spec.withId("offer")), "Sound design for short films");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(profiles.mine().headline()).isEqualTo("Sound designer");
        assertThat(profiles.mine().sectors()).containsExactly(Sector.MUSIC);

        navigate("members/" + lea.memberId());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("profile-headline")).getText())
                .isEqualTo("Sound designer");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("profile-sectors")).getElement().getTextRecursively())
                .contains("Music");
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void aLinkForContactsOnlyIsSavedAndKeptOffThePublicProfile() {
        var lea = newMember("Léa Martin");
        var tom = newMember("Tom Weber");
        login(lea);
        navigate("profile");
        _click(_get(Button.class, spec -> spec.withId("add-link")));
        _click(_get(Button.class, spec -> spec.withId("add-link")));
        var urls = com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class, spec -> spec.withClasses("link-url"));
        _setValue(urls.get(0), "https://vimeo.example/lea");
        _setValue(urls.get(1), "https://drive.example/private-reel");
        var contactsOnly = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withClasses("link-contacts-only"));
        _setValue(contactsOnly.get(1), true);
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(profiles.mine().links()).extracting(eu.hubtable.member.ProfileLink::url)
                .containsExactly("https://vimeo.example/lea", "https://drive.example/private-reel");
        login(tom);
        navigate("members/" + lea.memberId());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("profile-links")).getElement().getTextRecursively())
                .contains("https://vimeo.example/lea").doesNotContain("private-reel");
    }

    @Test
    void deletingTheAccountAsksForThePasswordAndExplainsAWrongOne() {
        var lea = newMember("Léa Martin");
        login(lea);
        navigate("profile");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-my-data"));
        _click(_get(Button.class, spec -> spec.withId("erase-account")));
        var password = _get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withId("erase-password"));
        _setValue(password, "not my password");
        _click(_get(Button.class, spec -> spec.withId("erase-confirm")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("That is not your password. Nothing was deleted.");
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, lea.memberId())).isEqualTo("ACTIVE");

        _setValue(password, eu.hubtable.support.ServiceTest.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("erase-confirm")));
        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, lea.memberId())).isEqualTo("ERASED");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    eu.hubtable.member.Avatars avatars;

    @Test
    void aPictureUploadIsShownAndAFileThatIsNoPictureIsExplained() throws Exception {
        var lea = newMember("Léa Martin");
        login(lea);
        navigate("profile");
        var upload = _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("avatar-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "cv.pdf", "image/png", "%PDF-1.7".getBytes());
        roundtripUntil(() -> !_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("avatar-error")).getText().isEmpty());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("avatar-error")).getText())
                .isEqualTo("This file is not a picture we can read. Choose a JPEG, PNG or GIF.");

        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "me.png", "image/png", eu.hubtable.member.AvatarsTestImages.png(500, 300));
        roundtripUntil(() -> avatars.of(lea.memberId()).isPresent());
        roundtripUntil(() -> _get(com.vaadin.flow.component.avatar.Avatar.class, spec -> spec.withId("my-avatar")).getImage() != null);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("avatar-error")).getText()).isEmpty();
    }

    @Autowired
    eu.hubtable.member.EngagementConsent engagementConsent;

    @Autowired
    eu.hubtable.member.MemberDirectory directory;

    @Test
    void tickingTheEngagementBoxNamesMeInReportsAtOnceAndUntickingWithdraws() {
        var lea = newMember("Léa Martin");
        clock.pin(java.time.Instant.parse("2026-11-23T09:30:00Z"));
        login(lea);
        navigate("profile");
        var share = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("share-engagement"));
        assertThat(share.getValue()).isFalse();
        assertThat(share.getLabel()).isEqualTo("Show my name in my hubs' engagement reports");
        assertThat(share.getHelperText()).startsWith("Hub managers then see what you took part in");

        _setValue(share, true);

        assertThat(engagementConsent.mine()).contains(java.time.Instant.parse("2026-11-23T09:30:00Z"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("share-engagement-since")).getText())
                .isEqualTo("You agreed on Nov 23, 2026. Untick the box to withdraw at any time.");
        // the consent never touched the profile's version: saving the form right after is not refused
        _setValue(field("headline"), "Sound designer");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));
        assertThat(profiles.mine().headline()).isEqualTo("Sound designer");
        assertThat(engagementConsent.mine()).isPresent();
        assertThat(directory.namesSharingEngagement(java.util.List.of(lea.memberId()))).containsEntry(lea.memberId(), "Léa Martin");

        navigate("profile");
        share = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("share-engagement"));
        assertThat(share.getValue()).isTrue();
        _setValue(share, false);
        assertThat(engagementConsent.mine()).isEmpty();
        assertThat(directory.namesSharingEngagement(java.util.List.of(lea.memberId()))).isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("share-engagement-since"));
    }
}
