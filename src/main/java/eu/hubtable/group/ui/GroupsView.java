package eu.hubtable.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.hubtable.group.GroupCard;
import eu.hubtable.group.GroupRejected;
import eu.hubtable.group.WorkingGroups;
import eu.hubtable.organisation.MyOrganisation;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** My working groups, the other groups of my hubs (to ask to join), and the form for hub managers to create one. */
@Route("groups")
@PermitAll
@Menu(title = "nav.groups", order = 5.2, icon = "vaadin:cluster")
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingGroups groups;
    private final Div mine = new Div();
    private final Div others = new Div();

    public GroupsView(WorkingGroups groups) {
        this.groups = groups;
        addClassName("page");
        mine.setId("my-groups");
        mine.addClassName("room-list");
        others.setId("hub-groups");
        others.addClassName("room-list");
        add(new H1(getTranslation("groups.title")));
        List<MyOrganisation> hubs = groups.hubsILead();
        if (!hubs.isEmpty()) {
            Div steering = new Div();
            steering.setId("steering-links");
            hubs.forEach(hub -> steering.add(new Div(new Anchor("hubs/" + hub.id() + "/steering",
                    getTranslation("steering.link", hub.name())))));
            add(steering, createForm(hubs));
        }
        add(new H2(getTranslation("groups.mine")), mine, new H2(getTranslation("groups.others")), others);
        show();
    }

    private void show() {
        List<GroupCard> all = groups.list();
        fill(mine, all.stream().filter(g -> g.myRole() != null || g.invited()).toList());
        fill(others, all.stream().filter(g -> g.myRole() == null && !g.invited()).toList());
    }

    private void fill(Div list, List<GroupCard> cards) {
        list.removeAll();
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("groups.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (GroupCard card : cards) {
            Div box = new Div();
            box.addClassName("card");
            Anchor name = new Anchor("groups/" + card.id(), card.name());
            name.setId("group-" + card.id());
            box.add(name, new Paragraph(getTranslation("group.hub", card.hubName())));
            if (card.purpose() != null) {
                box.add(new Paragraph(card.purpose()));
            }
            Span members = new Span(getTranslation("groups.members", card.members()));
            box.add(members);
            if (card.myRole() != null) {
                Span role = new Span(getTranslation("group.role." + card.myRole().name()));
                role.addClassName("badge");
                box.add(role);
            }
            if (card.invited()) {
                Span invited = new Span(getTranslation("groups.invited"));
                invited.addClassNames("badge", "badge-offer");
                box.add(invited);
            }
            list.add(box);
        }
    }

    private Div createForm(List<MyOrganisation> hubs) {
        Select<MyOrganisation> hub = new Select<>();
        hub.setLabel(getTranslation("groups.create.hub"));
        hub.setItems(hubs);
        hub.setItemLabelGenerator(o -> o == null ? "" : o.name());
        hub.setValue(hubs.getFirst());
        hub.setId("group-hub");
        TextField name = new TextField(getTranslation("group.name"));
        name.setId("group-name");
        name.setMaxLength(WorkingGroups.MAX_NAME);
        TextArea purpose = new TextArea(getTranslation("group.purpose"));
        purpose.setId("group-purpose");
        Button create = new Button(getTranslation("group.save"), click -> {
            name.setInvalid(false);
            purpose.setInvalid(false);
            try {
                long id = groups.create(hub.getValue().id(), name.getValue(), purpose.getValue());
                getUI().ifPresent(ui -> ui.navigate("groups/" + id));
            } catch (GroupRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    var target = field == GroupRejected.Field.NAME ? name : purpose;
                    target.setErrorMessage(getTranslation(key));
                    target.setInvalid(true);
                });
            }
        });
        create.setId("create-group");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(getTranslation("groups.create")), new Div(hub, name), purpose, create);
        form.addClassName("card");
        form.setId("group-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title");
    }
}
