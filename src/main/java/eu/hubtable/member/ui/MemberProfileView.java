package eu.hubtable.member.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.member.Avatars;
import eu.hubtable.member.Contacts;
import eu.hubtable.member.MemberProfile;
import eu.hubtable.member.Profiles;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** One member's public profile; contact details only where the member allows this viewer. */
@Route("members")
@PermitAll
public class MemberProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Profiles profiles;
    private final Contacts contacts;
    private String title = "";

    private final Avatars avatars;

    public MemberProfileView(Profiles profiles, Contacts contacts, Avatars avatars) {
        this.profiles = profiles;
        this.contacts = contacts;
        this.avatars = avatars;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long memberId) {
        render(profiles.profileOf(memberId).orElseThrow(NotFoundException::new));
    }

    private void render(MemberProfile profile) {
        title = profile.displayName();
        removeAll();
        var locale = getLocale();
        var avatar = MemberAvatar.of(avatars, profile.id(), profile.displayName(), avatars.of(profile.id()).isPresent());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XLARGE);
        avatar.setId("profile-avatar");
        Div heading = new Div(avatar, new H1(profile.displayName()));
        heading.addClassName("profile-heading");
        add(heading);
        text("profile-headline", profile.headline());
        text("profile-place", Countries.place(profile.city(), profile.countryCode(), locale));
        if (!profile.sectors().isEmpty()) {
            Div sectors = new Div();
            sectors.setId("profile-sectors");
            profile.sectors().forEach(s -> {
                Span badge = new Span(getTranslation(s.translationKey()));
                badge.addClassName("badge");
                sectors.add(badge);
            });
            add(sectors);
        }
        section("profile.offer", "profile-offer", profile.offer());
        section("profile.need", "profile-need", profile.need());
        section("profile.skills", "profile-skills", String.join(", ", profile.skills()));
        section("profile.languages", "profile-languages",
                profile.languages().stream().map(code -> Languages.name(code, locale)).sorted().collect(Collectors.joining(", ")));
        section("profile.bio", "profile-bio", profile.bio());
        if (!profile.links().isEmpty()) {
            Div links = new Div(new H2(getTranslation("profile.links")));
            profile.links().forEach(link -> links.add(new Div(externalLink(link))));
            links.setId("profile-links");
            add(links);
        }
        profile.contact().ifPresentOrElse(contact -> {
            Div details = new Div(new H2(getTranslation("profile.contact")), new Anchor("mailto:" + contact.email(), contact.email()));
            if (contact.phone() != null) {
                details.add(new Paragraph(contact.phone()));
            }
            if (contact.website() != null) {
                details.add(new Div(externalLink(contact.website())));
            }
            contact.links().forEach(link -> details.add(new Div(externalLink(link))));
            details.setId("profile-contact");
            add(details);
        }, () -> {
            Paragraph hidden = new Paragraph(getTranslation("profile.contact.hidden"));
            hidden.addClassName("muted");
            hidden.setId("profile-contact-hidden");
            add(hidden);
        });
        // after a contact change, what this viewer may see changes too: draw the page again
        add(new ContactPanel(contacts, profiles, profile.id(), profile.displayName(),
                () -> profiles.profileOf(profile.id()).ifPresent(this::render)));
    }

    /** Links members typed open elsewhere, pass no referrer and earn no search ranking. */
    private static Anchor externalLink(String url) {
        Anchor link = new Anchor(url, url);
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
        return link;
    }

    private void text(String id, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph paragraph = new Paragraph(value);
            paragraph.setId(id);
            add(paragraph);
        }
    }

    private void section(String titleKey, String id, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph body = new Paragraph(value);
            body.addClassName("preserve-lines");
            Div section = new Div(new H2(getTranslation(titleKey)), body);
            section.setId(id);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
