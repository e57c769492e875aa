package eu.hubtable.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.RoleCandidate;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.InvitationStatus;
import eu.hubtable.matching.PartyKind;
import eu.hubtable.matching.TenderCard;
import eu.hubtable.matching.TenderRefused;
import eu.hubtable.matching.TenderRejected;
import eu.hubtable.matching.TenderRoleForm;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A tender card: the tender, its roles with filled and missing ones at a glance, who is invited to
 * each and where they stand. Its lead sees candidates with their reasons for every open role and
 * invites them, changes the card and its roles; the invited answer here; the team downloads the
 * team sheet or prints it. Shown to nobody else (not found).
 */
@Route("tenders")
@PermitAll
public class TenderView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Consortia consortia;
    private @Nullable TenderCard card;
    /** Candidates per role while this page is open: a click re-reads the card, but only the role invited to needs new ones. */
    private final Map<Long, List<RoleCandidate>> proposed = new HashMap<>();

    public TenderView(Consortia consortia) {
        this.consortia = consortia;
        addClassNames("page", "tender-page");
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long tenderId) {
        proposed.clear();
        try {
            show(consortia.card(tenderId));
        } catch (TenderRefused | AccessDeniedException notForYou) {
            throw new NotFoundException();
        }
    }

    private void show(TenderCard tender) {
        card = tender;
        removeAll();
        Span progress = new Span(getTranslation("tender.progress", tender.filledCount(), tender.roles().size()));
        progress.addClassName("badge");
        progress.setId("tender-progress");
        Div badges = new Div(progress);
        badges.addClassName("control-row");
        if (tender.formed()) {
            Span formed = new Span(getTranslation("tender.formed.badge"));
            formed.addClassNames("badge", "badge-offer");
            formed.setId("tender-formed");
            badges.add(formed);
        }
        Paragraph facts = new Paragraph(TenderTexts.facts(this, tender));
        facts.setId("tender-facts");
        Anchor link = new Anchor(tender.link(), getTranslation("tender.link"), AnchorTarget.BLANK);
        link.setId("tender-link");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        add(new H1(tender.title()), badges, facts, link);
        if (tender.description() != null) {
            Paragraph description = new Paragraph(tender.description());
            description.addClassName("preserve-lines");
            add(description);
        }
        add(actions(tender));
        Div roles = new Div();
        roles.setId("tender-roles");
        roles.addClassName("room-list");
        tender.roles().forEach(role -> roles.add(role(tender, role)));
        add(new H2(getTranslation("tender.roles")), roles);
    }

    private Div actions(TenderCard tender) {
        Div actions = new Div();
        actions.addClassName("link-row");
        if (tender.lead()) {
            Anchor edit = new Anchor("tenders/" + tender.id() + "/edit", getTranslation("tender.edit"));
            edit.setId("edit-tender");
            actions.add(edit);
            if (!tender.formed()) {
                Button addRole = new Button(getTranslation("tender.form.add-role"), click -> addRole(tender));
                addRole.setId("card-add-role");
                actions.add(addRole);
            }
        }
        if (tender.team()) {
            Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] bytes = consortia.teamCsv(tender.id(), getLocale()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "tender-team-" + tender.id() + ".csv", "text/csv",
                        bytes.length);
            }), getTranslation("tender.csv"));
            csv.setId("team-csv");
            Anchor print = new Anchor("tenders/" + tender.id() + "/print", getTranslation("tender.print"));
            print.setId("print-link");
            actions.add(csv, print);
        }
        return actions;
    }

    private Div role(TenderCard tender, TenderCard.Role role) {
        Span name = new Span(role.name());
        name.addClassName("card-title");
        Span state = new Span(getTranslation(role.filled() ? "tender.role.filled-badge" : "tender.role.missing"));
        state.addClassNames("badge", "role-state", role.filled() ? "badge-offer" : "badge-need", role.filled() ? "role-filled" : "role-missing");
        Div head = new Div(name, state);
        head.addClassName("control-row");
        Div section = new Div(head);
        section.addClassNames("card", "tender-role");
        section.setId("role-" + role.id());
        String needs = TenderTexts.needs(this, role.sectors(), role.skills());
        if (!needs.isEmpty()) {
            Paragraph line = new Paragraph(needs);
            line.addClassName("muted");
            section.add(line);
        }
        if (!role.invitations().isEmpty()) {
            UnorderedList invited = new UnorderedList();
            invited.addClassName("role-invitations");
            role.invitations().forEach(invitation -> invited.add(invitation(invitation)));
            section.add(invited);
        }
        if (tender.lead()) {
            if (!role.filled()) {
                section.add(candidates(role));
            }
            if (!tender.formed() && tender.roles().size() > 1) {
                Button remove = new Button(getTranslation("tender.form.remove-role"), click -> act(() -> consortia.removeRole(role.id())));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.addClassName("remove-role");
                section.add(remove);
            }
        }
        return section;
    }

    private ListItem invitation(TenderCard.Invitation invitation) {
        Span party = new Span(invitation.partyName() + (invitation.kind() == PartyKind.ORGANISATION
                ? " (" + getTranslation("tender.party.ORGANISATION") + ")" : ""));
        Span status = new Span(getTranslation("tender.status." + invitation.status().name()));
        status.addClassNames("badge", "invitation-status");
        ListItem item = new ListItem(party, new Span(" "), status);
        item.addClassName("tender-invitation");
        if (invitation.note() != null) {
            Paragraph note = new Paragraph(invitation.note());
            note.addClassNames("muted", "preserve-lines");
            item.add(note);
        }
        if (invitation.answerable() && invitation.status() == InvitationStatus.PENDING) {
            Button accept = new Button(getTranslation("tender.accept"), click -> act(() -> consortia.accept(invitation.id())));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            accept.addClassName("invitation-accept");
            Button decline = new Button(getTranslation("tender.decline"), click -> act(() -> consortia.decline(invitation.id())));
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            decline.addClassName("invitation-decline");
            item.add(new Div(accept, decline));
        }
        return item;
    }

    private Div candidates(TenderCard.Role role) {
        Div list = new Div(new H3(getTranslation("tender.candidates")));
        list.addClassName("role-candidates");
        List<RoleCandidate> candidates = proposed.computeIfAbsent(role.id(), consortia::candidates);
        if (candidates.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("tender.candidates.none"));
            none.addClassName("muted");
            list.add(none);
        }
        for (RoleCandidate candidate : candidates) {
            Span name = new Span(candidate.name());
            name.addClassName("card-title");
            Span kind = new Span(getTranslation("tender.party." + candidate.kind().name()));
            kind.addClassName("badge");
            UnorderedList reasons = new UnorderedList();
            candidate.reasons().forEach(reason -> reasons.add(new ListItem(TenderTexts.reason(this, reason))));
            reasons.addClassName("candidate-reasons");
            Button invite = new Button(getTranslation("tender.invite"), click -> invite(role, candidate));
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            invite.addClassName("candidate-invite");
            Div line = new Div(new Div(name, new Span(" "), kind), reasons, invite);
            line.addClassName("tender-candidate");
            list.add(line);
        }
        return list;
    }

    private void invite(TenderCard.Role role, RoleCandidate candidate) {
        Dialog dialog = new Dialog(getTranslation("tender.invite.heading", candidate.name(), role.name()));
        TextArea note = new TextArea(getTranslation("tender.invite.note"));
        note.setId("invite-note");
        note.setWidthFull();
        note.setMaxLength(Consortia.MAX_NOTE);
        Button send = new Button(getTranslation("tender.invite.send"), click -> {
            try {
                consortia.invite(role.id(), candidate.kind(), candidate.id(), note.getValue());
                proposed.remove(role.id());
                dialog.close();
                Notification.show(getTranslation("tender.invited", candidate.name()));
                reload();
            } catch (TenderRefused refused) {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void addRole(TenderCard tender) {
        Dialog dialog = new Dialog(getTranslation("tender.form.add-role"));
        TextField name = new TextField(getTranslation("tender.form.role-name"));
        name.setId("card-role-name");
        name.setMaxLength(Consortia.MAX_ROLE_NAME);
        MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>(getTranslation("tender.form.role-sectors"), Sector.values());
        sectors.setItemLabelGenerator(sector -> getTranslation(sector.translationKey()));
        sectors.setId("card-role-sectors");
        TextField skills = new TextField(getTranslation("tender.form.role-skills"));
        skills.setHelperText(getTranslation("tender.form.role-skills.help"));
        skills.setId("card-role-skills");
        Button save = new Button(getTranslation("tender.form.add-role"), click -> {
            name.setInvalid(false);
            skills.setInvalid(false);
            Set<String> tags = Arrays.stream(skills.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            try {
                consortia.addRole(tender.id(), new TenderRoleForm(name.getValue(), Set.copyOf(sectors.getValue()), tags));
                dialog.close();
                reload();
            } catch (TenderRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    TextField input = field == TenderRejected.Field.ROLE_SKILLS ? skills : name;
                    input.setErrorMessage(getTranslation(key));
                    input.setInvalid(true);
                });
            } catch (TenderRefused refused) {
                name.setErrorMessage(getTranslation(refused.messageKey()));
                name.setInvalid(true);
            }
        });
        save.setId("card-role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, sectors, skills);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TenderRefused refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        reload();
    }

    private void reload() {
        if (card != null) {
            show(consortia.card(card.id()));
        }
    }

    @Override
    public String getPageTitle() {
        return (card == null ? getTranslation("tenders.title") : card.title()) + " · " + getTranslation("app.name");
    }
}
