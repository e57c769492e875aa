package eu.hubtable.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import eu.hubtable.agenda.Agendas;
import eu.hubtable.member.DirectoryFilter;
import eu.hubtable.member.DirectoryOrder;
import eu.hubtable.member.MemberCard;
import eu.hubtable.member.MemberDirectory;

/** Facilitators let other members co-edit the agenda (a co-leading organisation's people, a note-taker). */
class AgendaEditors extends Div {

    private final Agendas agendas;
    private final long agendaId;
    private final Div list = new Div();

    AgendaEditors(Agendas agendas, MemberDirectory directory, long agendaId) {
        this.agendas = agendas;
        this.agendaId = agendaId;
        addClassName("agenda-editors");
        setId("agenda-editors");
        ComboBox<MemberCard> member = new ComboBox<>(getTranslation("agenda.editors.member"));
        member.setId("editor-member");
        member.setItems(query -> directory.search(new DirectoryFilter(query.getFilter().orElse(null), null, null, null, null),
                DirectoryOrder.NAME, false, query.getOffset(), query.getLimit()).stream());
        member.setItemLabelGenerator(MemberCard::displayName);
        Button grant = new Button(getTranslation("agenda.editors.grant"), click -> {
            if (member.getValue() != null) {
                agendas.grantEditing(agendaId, member.getValue().id());
                member.clear();
                refresh();
            }
        });
        grant.setId("grant-editing");
        Div form = new Div(member, grant);
        form.addClassName("inline-form");
        add(new H3(getTranslation("agenda.editors")), list, form);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (Agendas.Editor editor : agendas.editors(agendaId)) {
            Button revoke = new Button(getTranslation("agenda.editors.revoke"), click -> {
                agendas.revokeEditing(agendaId, editor.memberId());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div row = new Div(new Span(editor.displayName()), revoke);
            row.addClassName("editor-row");
            list.add(row);
        }
    }
}
