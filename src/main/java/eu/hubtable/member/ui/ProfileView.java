package eu.hubtable.member.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.member.ContactVisibility;
import eu.hubtable.member.ProfileForm;
import eu.hubtable.member.ProfileRejected;
import eu.hubtable.member.ProfileRejected.Field;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.member.Avatars;
import eu.hubtable.member.EngagementConsent;
import eu.hubtable.member.MyData;
import eu.hubtable.member.Profiles;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A member edits their own profile. The service validates; each problem appears next to its field
 * and everything typed stays in the form.
 */
@Route("profile")
@PermitAll
@Menu(title = "nav.profile", order = 2, icon = "vaadin:user-card")
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final TextField displayName = new TextField();
    private final TextField headline = new TextField();
    private final TextArea bio = new TextArea();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>();
    private final TextArea offer = new TextArea();
    private final TextArea need = new TextArea();
    private final TextField phone = new TextField();
    private final TextField website = new TextField();
    private final LinksField links = new LinksField();
    private final RadioButtonGroup<ContactVisibility> contactVisibility = new RadioButtonGroup<>();
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
    private final Profiles profiles;
    private long version;

    public ProfileView(Profiles profiles, MyData myData, Avatars avatars, EngagementConsent engagementConsent,
            CurrentMember currentMember) {
        this.profiles = profiles;
        addClassName("page");
        configureFields();
        Button save = new Button(getTranslation("profile.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-profile");
        FormLayout form = new FormLayout(displayName, headline, city, country, sectors, languages, skills, offer, need, bio,
                phone, website, links, contactVisibility);
        form.setColspan(bio, 2);
        form.setColspan(links, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        var me = currentMember.require();
        add(new H1(getTranslation("profile.title")), new AvatarField(avatars, me.memberId(), me.displayName()), form, save,
                new PrivacyPanel(engagementConsent), new MyDataPanel(myData));
        show(profiles.mine());
    }

    private void configureFields() {
        label(displayName, "register.name", "display-name", Field.DISPLAY_NAME);
        label(headline, "profile.headline", "headline", Field.HEADLINE);
        label(bio, "profile.bio", "bio", Field.BIO);
        label(city, "profile.city", "city", Field.CITY);
        label(country, "profile.country", "country", Field.COUNTRY);
        label(languages, "profile.languages", "languages", Field.LANGUAGES);
        label(skills, "profile.skills", "skills", Field.SKILLS);
        label(offer, "profile.offer", "offer", Field.OFFER);
        label(need, "profile.need", "need", Field.NEED);
        label(phone, "profile.phone", "phone", Field.PHONE);
        label(website, "profile.website", "website", Field.WEBSITE);
        label(links, "profile.links", "links", Field.LINKS);
        links.setHelperText(getTranslation("profile.links.help"));
        sectors.setLabel(getTranslation("profile.sectors"));
        sectors.setId("sectors");
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(sector -> getTranslation(sector.translationKey()));
        var locale = getLocale();
        country.setItems(Countries.sortedFor(locale));
        country.setItemLabelGenerator(code -> Countries.name(code, locale));
        languages.setItems(Languages.CODES);
        languages.setItemLabelGenerator(code -> Languages.name(code, locale));
        skills.setAllowCustomValue(true);
        skills.setItems(new LinkedHashSet<>(profiles.knownSkills()));
        skills.addCustomValueSetListener(e -> addSkill(e.getDetail()));
        skills.setHelperText(getTranslation("profile.skills.help"));
        offer.setHelperText(getTranslation("profile.offer.help"));
        need.setHelperText(getTranslation("profile.need.help"));
        contactVisibility.setLabel(getTranslation("profile.contact-visibility"));
        contactVisibility.setId("contact-visibility");
        contactVisibility.setItems(ContactVisibility.values());
        contactVisibility.setItemLabelGenerator(v -> getTranslation("profile.contact-visibility." + v.name()));
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id, Field problemField) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
        fields.put(problemField, (HasValidation) field);
    }

    private void addSkill(String typed) {
        String skill = typed.strip().toLowerCase(getLocale());
        if (skill.isEmpty()) {
            return;
        }
        Set<String> items = new LinkedHashSet<>(skills.getListDataView().getItems().toList());
        items.add(skill);
        Set<String> selected = new LinkedHashSet<>(skills.getValue());
        selected.add(skill);
        skills.setItems(items);
        skills.setValue(selected);
    }

    private void show(ProfileForm f) {
        version = f.version();
        displayName.setValue(f.displayName());
        headline.setValue(Objects.requireNonNullElse(f.headline(), ""));
        bio.setValue(Objects.requireNonNullElse(f.bio(), ""));
        city.setValue(Objects.requireNonNullElse(f.city(), ""));
        country.setValue(f.countryCode());
        languages.setValue(f.languages());
        sectors.setValue(f.sectors());
        Set<String> known = new LinkedHashSet<>(skills.getListDataView().getItems().toList());
        known.addAll(f.skills());
        skills.setItems(known);
        skills.setValue(f.skills());
        offer.setValue(Objects.requireNonNullElse(f.offer(), ""));
        need.setValue(Objects.requireNonNullElse(f.need(), ""));
        phone.setValue(Objects.requireNonNullElse(f.phone(), ""));
        website.setValue(Objects.requireNonNullElse(f.website(), ""));
        links.setValue(f.links());
        contactVisibility.setValue(f.contactVisibility());
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            show(profiles.updateMine(new ProfileForm(version, displayName.getValue(), headline.getValue(), bio.getValue(),
                    city.getValue(), country.getValue(), languages.getValue(), sectors.getValue(), skills.getValue(),
                    offer.getValue(), need.getValue(), phone.getValue(), website.getValue(), contactVisibility.getValue(),
                    links.getValue())));
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ProfileRejected rejected) {
            rejected.problems().forEach((field, key) -> {
                if (field == Field.VERSION) {
                    // Saved meanwhile in another window: keep what was typed here; saving again replaces it.
                    version = profiles.mine().version();
                    Notification.show(getTranslation(key), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.WARNING);
                } else {
                    HasValidation input = fields.get(field);
                    input.setErrorMessage(getTranslation(key, maxLength(field)));
                    input.setInvalid(true);
                }
            });
        }
    }

    private static int maxLength(Field field) {
        return switch (field) {
            case HEADLINE -> Profiles.MAX_HEADLINE;
            case BIO -> Profiles.MAX_BIO;
            case CITY -> Profiles.MAX_CITY;
            case OFFER, NEED -> Profiles.MAX_OFFER_NEED;
            case SKILLS -> Profiles.MAX_SKILLS;
            case LINKS -> Profiles.MAX_LINKS;
            default -> 0;
        };
    }


    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
