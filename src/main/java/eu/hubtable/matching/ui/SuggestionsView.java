package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.matching.IntroductionCard;
import eu.hubtable.matching.Introductions;
import eu.hubtable.matching.Matches;
import eu.hubtable.matching.PostRefused;
import eu.hubtable.matching.Reason;
import eu.hubtable.matching.ReasonTexts;
import eu.hubtable.matching.Suggestion;
import eu.hubtable.matching.SuggestionKind;
import eu.hubtable.matching.Suggestions;
import eu.hubtable.member.ContactRejected;
import eu.hubtable.member.ContactState;
import eu.hubtable.member.ContactStatus;
import eu.hubtable.member.Contacts;
import eu.hubtable.organisation.Organisations;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "For you": introductions made by hub managers, then people, organisations and posts suggested
 * with every reason spelled out; connect, answer or open from the card, or say "not relevant".
 */
@Route("suggestions")
@PermitAll
@Menu(title = "nav.suggestions", order = 6.5, icon = "vaadin:lightbulb")
public class SuggestionsView extends VerticalLayout implements HasDynamicTitle {

    private final Matches matches;
    private final I18NProvider i18n;
    private final Introductions introductions;
    private final Div content = new Div();

    public SuggestionsView(Matches matches, Introductions introductions, Organisations organisations, I18NProvider i18n) {
        this.i18n = i18n;
        this.matches = matches;
        this.introductions = introductions;
        addClassName("page");
        Div top = new Div(new H1(getTranslation("suggestions.title")));
        top.addClassName("page-top");
        if (!introductions.hubsIManage().isEmpty()) {
            Button introduce = new Button(getTranslation("introductions.make"),
                    click -> new IntroductionDialog(introductions, organisations, introductions.hubsIManage()).open());
            introduce.setId("introduce-members");
            top.add(introduce);
        }
        Paragraph intro = new Paragraph(getTranslation("suggestions.intro"));
        intro.addClassName("muted");
        content.setWidthFull();
        add(top, intro, content);
        show();
    }

    private void show() {
        content.removeAll();
        List<IntroductionCard> introduced = introductions.mine();
        if (!introduced.isEmpty()) {
            Div cards = list("introductions");
            introduced.forEach(card -> cards.add(introduction(card)));
            content.add(new H2(getTranslation("introductions.title")), cards);
        }
        Suggestions found = matches.forMe();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("suggestions.empty"));
            empty.addClassName("empty-state");
            content.add(empty, new Anchor("profile", getTranslation("suggestions.profile-link")));
            return;
        }
        section("suggestions.people", "suggested-people", found.people());
        section("suggestions.organisations", "suggested-organisations", found.organisations());
        section("suggestions.posts", "suggested-posts", found.posts());
    }

    private void section(String title, String id, List<Suggestion> suggestions) {
        Div cards = list(id);
        if (suggestions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("suggestions.none-here"));
            none.addClassName("muted");
            cards.add(none);
        }
        suggestions.forEach(suggestion -> cards.add(card(suggestion)));
        content.add(new H2(getTranslation(title)), cards);
    }

    private static Div list(String id) {
        Div cards = new Div();
        cards.setId(id);
        cards.addClassName("room-list");
        return cards;
    }

    private Div card(Suggestion suggestion) {
        Component title = switch (suggestion.kind()) {
            case MEMBER -> new Anchor("members/" + suggestion.targetId(), suggestion.title());
            case ORGANISATION -> new Anchor("organisations/" + suggestion.targetId(), suggestion.title());
            case POST -> new Span(suggestion.title());
        };
        ((com.vaadin.flow.component.HasStyle) title).addClassName("card-title");
        Div card = new Div(title);
        card.addClassNames("card", "suggestion-card");
        if (suggestion.subtitle() != null && !suggestion.subtitle().isBlank()) {
            Paragraph subtitle = new Paragraph(suggestion.kind() == SuggestionKind.POST
                    ? getTranslation("posts.by", suggestion.subtitle()) : suggestion.subtitle());
            subtitle.addClassName("muted");
            card.add(subtitle);
        }
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("reasons");
        suggestion.reasons().forEach(reason -> reasons.add(new ListItem(explain(suggestion, reason))));
        card.add(reasons);
        Div actions = new Div();
        actions.addClassName("control-row");
        switch (suggestion.kind()) {
            case MEMBER -> actions.add(action("suggestions.connect", () -> reach(suggestion)));
            case POST -> actions.add(action("suggestions.answer", () -> reach(suggestion)));
            case ORGANISATION -> actions.add(new Anchor("organisations/" + suggestion.targetId(), getTranslation("suggestions.open")));
        }
        Button dismiss = new Button(getTranslation("suggestions.dismiss"), click -> dismiss(suggestion));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("suggestion-dismiss");
        actions.add(dismiss);
        card.add(actions);
        return card;
    }

    private String explain(Suggestion suggestion, Reason reason) {
        return ReasonTexts.explain(i18n, getLocale(), suggestion, reason);
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("suggestion-act");
        return button;
    }

    private void reach(Suggestion suggestion) {
        boolean post = suggestion.kind() == SuggestionKind.POST;
        Dialog dialog = new Dialog(getTranslation(post ? "suggestions.answer" : "suggestions.connect") + " · " + suggestion.title());
        TextArea message = new TextArea(getTranslation(post ? "post.answer.message" : "suggestions.connect.message"));
        message.setId("suggestion-message");
        message.setWidthFull();
        message.setMaxLength(Contacts.MAX_MESSAGE);
        Button send = new Button(getTranslation(post ? "post.answer.send" : "suggestions.connect.send"), click -> {
            try {
                ContactState state = post ? matches.answer(suggestion.targetId(), message.getValue())
                        : matches.connect(suggestion.targetId(), message.getValue());
                dialog.close();
                String name = post ? suggestion.subtitle() : suggestion.title();
                Notification.show(getTranslation(state.status() == ContactStatus.CONTACTS ? "suggestions.connect.connected"
                        : "suggestions.connect.sent", name));
                show();
            } catch (PostRefused refused) {
                message.setErrorMessage(getTranslation(refused.messageKey()));
                message.setInvalid(true);
            } catch (ContactRejected rejected) {
                message.setErrorMessage(getTranslation(rejected.messageKey()));
                message.setInvalid(true);
            }
        });
        send.setId("suggestion-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(message);
        dialog.getFooter().add(new Button(getTranslation("suggestions.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void dismiss(Suggestion suggestion) {
        matches.dismiss(suggestion.kind(), suggestion.targetId());
        show();
        Notification notice = new Notification();
        Button undo = new Button(getTranslation("suggestions.undo"), click -> {
            matches.undoDismiss(suggestion.kind(), suggestion.targetId());
            notice.close();
            show();
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notice.add(new Span(getTranslation("suggestions.dismissed", suggestion.title())), undo);
        notice.setDuration(6000);
        notice.open();
    }

    private Div introduction(IntroductionCard card) {
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(card.at().atZone(ZoneOffset.UTC));
        Span title = new Span(card.introducedByName() == null
                ? getTranslation("introductions.by-hub", null, card.otherName(), card.hubName())
                : getTranslation("introductions.by", card.introducedByName(), card.otherName(), card.hubName()));
        title.addClassName("card-title");
        Paragraph note = new Paragraph(card.note());
        note.addClassName("preserve-lines");
        Paragraph date = new Paragraph(when);
        date.addClassName("muted");
        Div box = new Div(title, note, date, new Anchor("members/" + card.otherMemberId(), card.otherName()));
        box.addClassNames("card", "introduction-card");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("suggestions.title") + " · " + getTranslation("app.name");
    }
}
