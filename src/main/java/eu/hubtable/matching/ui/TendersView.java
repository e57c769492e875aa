package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.TenderInvitationCard;
import eu.hubtable.matching.TenderRefused;
import eu.hubtable.matching.TenderSummary;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** My tender consortia: invitations waiting for my answer, and the cards I lead or am invited to. */
@Route("tenders")
@PermitAll
@Menu(title = "nav.tenders", order = 7, icon = "vaadin:briefcase")
public class TendersView extends VerticalLayout implements HasDynamicTitle {

    private final Consortia consortia;
    private final Div invitations = new Div();
    private final Div tenders = new Div();

    public TendersView(Consortia consortia) {
        this.consortia = consortia;
        addClassName("page");
        Button open = new Button(getTranslation("tenders.new"), click -> getUI().ifPresent(ui -> ui.navigate(TenderFormView.class)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("new-tender");
        Div top = new Div(new H1(getTranslation("tenders.title")), open);
        top.addClassName("page-top");
        invitations.setId("tender-invitations");
        tenders.setId("my-tenders");
        tenders.addClassName("room-list");
        add(top, new Paragraph(getTranslation("tenders.intro")), invitations, new H2(getTranslation("tenders.mine")), tenders);
        show();
    }

    private void show() {
        invitations.removeAll();
        List<TenderInvitationCard> waiting = consortia.invitations();
        if (!waiting.isEmpty()) {
            Div cards = new Div();
            cards.addClassName("room-list");
            waiting.forEach(invitation -> cards.add(invitation(invitation)));
            invitations.add(new H2(getTranslation("tenders.invitations")), cards);
        }
        tenders.removeAll();
        List<TenderSummary> mine = consortia.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("tenders.empty"));
            empty.addClassName("empty-state");
            tenders.add(empty);
        }
        mine.forEach(tender -> tenders.add(summary(tender)));
    }

    private Div invitation(TenderInvitationCard invitation) {
        Anchor title = new Anchor("tenders/" + invitation.tenderId(), invitation.tenderTitle());
        title.addClassName("card-title");
        Paragraph what = new Paragraph(invitation.organisationName() == null
                ? getTranslation("tenders.invited-as", invitation.leadName(), invitation.roleName())
                : getTranslation("tenders.invited-for", invitation.leadName(), invitation.organisationName(), invitation.roleName()));
        Paragraph when = new Paragraph(getTranslation("tender.buyer", invitation.buyer()) + " · "
                + getTranslation("tender.deadline", date(invitation.deadline())));
        when.addClassName("muted");
        Div card = new Div(title, what, when);
        if (invitation.note() != null) {
            Paragraph note = new Paragraph(invitation.note());
            note.addClassName("preserve-lines");
            card.add(note);
        }
        Button accept = new Button(getTranslation("tender.accept"), click -> act(() -> consortia.accept(invitation.id())));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("invitation-accept");
        Button decline = new Button(getTranslation("tender.decline"), click -> act(() -> consortia.decline(invitation.id())));
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        decline.addClassName("invitation-decline");
        card.add(new Div(accept, decline));
        card.addClassNames("card", "tender-invitation-card");
        return card;
    }

    private Div summary(TenderSummary tender) {
        Anchor title = new Anchor("tenders/" + tender.id(), tender.title());
        title.addClassName("card-title");
        Span progress = new Span(getTranslation("tender.progress", tender.filled(), tender.roles()));
        progress.addClassName("badge");
        Div badges = new Div(progress);
        badges.addClassName("control-row");
        if (tender.formed()) {
            Span formed = new Span(getTranslation("tender.formed.badge"));
            formed.addClassNames("badge", "badge-offer");
            badges.add(formed);
        }
        Paragraph facts = new Paragraph(getTranslation("tender.buyer", tender.buyer()) + " · "
                + getTranslation("tender.deadline", date(tender.deadline())) + " · "
                + (tender.lead() ? getTranslation("tenders.you-lead") : getTranslation("tender.lead", tender.leadName())));
        facts.addClassName("muted");
        Div card = new Div(title, badges, facts);
        card.addClassNames("card", "tender-summary");
        return card;
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TenderRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenders.title") + " · " + getTranslation("app.name");
    }
}
