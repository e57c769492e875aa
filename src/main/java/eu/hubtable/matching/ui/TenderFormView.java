package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.Consortia;
import eu.hubtable.matching.TenderCard;
import eu.hubtable.matching.TenderForm;
import eu.hubtable.matching.TenderRefused;
import eu.hubtable.matching.TenderRejected;
import eu.hubtable.matching.TenderRejected.Field;
import eu.hubtable.matching.TenderRoleForm;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opens a tender card with its roles, or lets its lead change the card. What was typed stays when the
 * service refuses it; each reason shows next to its field. A card saved meanwhile by someone else
 * (another tab) is not overwritten: the lead is told, keeps their text, and may save again.
 */
@Route("tenders/new")
@RouteAlias("tenders/:tenderId/edit")
@PermitAll
public class TenderFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Consortia consortia;
    private final TextField title = new TextField();
    private final TextField buyer = new TextField();
    private final DatePicker deadline = new DatePicker();
    private final TextField link = new TextField();
    private final BigDecimalField budgetMin = new BigDecimalField();
    private final BigDecimalField budgetMax = new BigDecimalField();
    private final TextArea description = new TextArea();
    private final TextField roleName = new TextField();
    private final MultiSelectComboBox<Sector> roleSectors = new MultiSelectComboBox<>();
    private final TextField roleSkills = new TextField();
    private final Div roleList = new Div();
    private final Div roleEditor = new Div();
    private final Paragraph conflict = new Paragraph();
    private final H1 heading = new H1();
    private final List<TenderRoleForm> roles = new ArrayList<>();
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
    private @Nullable Long editing;
    private long version;

    public TenderFormView(Consortia consortia) {
        this.consortia = consortia;
        addClassName("page");
        heading.setText(getTranslation("tender.form.heading"));
        label(title, "tender.form.title", "tender-title", Field.TITLE);
        title.setMaxLength(Consortia.MAX_TITLE);
        label(buyer, "tender.form.buyer", "tender-buyer", Field.BUYER);
        buyer.setMaxLength(Consortia.MAX_BUYER);
        label(deadline, "tender.form.deadline", "tender-deadline", Field.DEADLINE);
        deadline.setLocale(getLocale());
        label(link, "tender.form.link", "tender-link", Field.LINK);
        link.setPlaceholder("https://");
        label(budgetMin, "tender.form.budget-min", "tender-budget-min", Field.BUDGET);
        budgetMin.setSuffixComponent(new Span(euro()));
        budgetMax.setLabel(getTranslation("tender.form.budget-max"));
        budgetMax.setId("tender-budget-max");
        budgetMax.setSuffixComponent(new Span(euro()));
        label(description, "tender.form.description", "tender-description", Field.DESCRIPTION);
        description.setMaxLength(Consortia.MAX_DESCRIPTION);
        FormLayout form = new FormLayout(title, buyer, deadline, link, budgetMin, budgetMax, description);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));

        label(roleName, "tender.form.role-name", "role-name", Field.ROLE_NAME);
        roleName.setMaxLength(Consortia.MAX_ROLE_NAME);
        fields.put(Field.ROLES, roleName);
        roleSectors.setLabel(getTranslation("tender.form.role-sectors"));
        roleSectors.setId("role-sectors");
        roleSectors.setItems(Sector.values());
        roleSectors.setItemLabelGenerator(sector -> getTranslation(sector.translationKey()));
        label(roleSkills, "tender.form.role-skills", "role-skills", Field.ROLE_SKILLS);
        roleSkills.setHelperText(getTranslation("tender.form.role-skills.help"));
        Button addRole = new Button(getTranslation("tender.form.add-role"), click -> addRole());
        addRole.setId("add-role");
        roleList.setId("role-list");
        FormLayout roleForm = new FormLayout(roleName, roleSectors, roleSkills);
        roleForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 3));
        roleEditor.add(new H2(getTranslation("tender.form.roles")), roleList, roleForm, addRole);

        conflict.setId("tender-conflict");
        conflict.addClassName("field-error");
        conflict.setVisible(false);
        Button save = new Button(getTranslation("tender.form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-tender");
        add(heading, form, roleEditor, conflict, save);
        showRoles();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> tenderId = event.getRouteParameters().getLong("tenderId");
        if (tenderId.isEmpty()) {
            return;
        }
        TenderCard card;
        try {
            card = consortia.card(tenderId.get());
        } catch (TenderRefused | AccessDeniedException notHere) {
            throw new NotFoundException();
        }
        if (!card.lead()) {
            throw new NotFoundException();
        }
        editing = card.id();
        version = card.version();
        heading.setText(getTranslation("tender.form.edit-heading"));
        roleEditor.setVisible(false); // roles change on the card itself
        title.setValue(card.title());
        buyer.setValue(card.buyer());
        deadline.setValue(card.deadline());
        link.setValue(card.link());
        budgetMin.setValue(card.budgetMin());
        budgetMax.setValue(card.budgetMax());
        description.setValue(card.description() == null ? "" : card.description());
    }

    private void addRole() {
        TenderRoleForm role = roleForm();
        roleName.setInvalid(false);
        roleSkills.setInvalid(false);
        Map<Field, String> problems = role.problems();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        roles.add(role);
        roleName.clear();
        roleSectors.clear();
        roleSkills.clear();
        showRoles();
    }

    private TenderRoleForm roleForm() {
        Set<String> skills = Arrays.stream(roleSkills.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new TenderRoleForm(roleName.getValue(), Set.copyOf(roleSectors.getValue()), skills);
    }

    private void showRoles() {
        roleList.removeAll();
        if (roles.isEmpty()) {
            roleList.add(new Paragraph(getTranslation("tender.form.no-roles")));
        }
        for (TenderRoleForm role : List.copyOf(roles)) {
            Span name = new Span(role.name());
            name.addClassName("card-title");
            Span needs = new Span(needs(role));
            needs.addClassName("muted");
            Button remove = new Button(getTranslation("tender.form.remove-role"), click -> {
                roles.remove(role);
                showRoles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("form-remove-role");
            Div line = new Div(name, needs, remove);
            line.addClassNames("control-row", "form-role");
            roleList.add(line);
        }
    }

    private String needs(TenderRoleForm role) {
        return java.util.stream.Stream.concat(role.sectors().stream().map(s -> getTranslation(s.translationKey())).sorted(),
                role.skills().stream()).collect(Collectors.joining(" · "));
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        conflict.setVisible(false);
        TenderForm form = new TenderForm(version, title.getValue(), buyer.getValue(), deadline.getValue(), link.getValue(),
                budgetMin.getValue(), budgetMax.getValue(), description.getValue());
        try {
            long id;
            if (editing == null) {
                // a role typed but not added yet counts too: people expect "save" to keep what they see
                if (!roleName.getValue().isBlank() && roleForm().problems().isEmpty()) {
                    addRole();
                }
                id = consortia.open(form, roles);
            } else {
                consortia.update(editing, form);
                id = editing;
            }
            getUI().ifPresent(ui -> ui.navigate("tenders/" + id));
        } catch (TenderRejected rejected) {
            show(rejected.problems());
        } catch (TenderRefused refused) {
            conflict.setText(getTranslation(refused.messageKey()));
            conflict.setVisible(true);
        }
    }

    private void show(Map<Field, String> problems) {
        problems.forEach((field, key) -> {
            if (field == Field.VERSION && editing != null) {
                // someone saved meanwhile: say what is stored now; a second save replaces it knowingly
                TenderCard stored = consortia.card(editing);
                version = stored.version();
                conflict.setText(getTranslation(key, stored.title(), stored.deadline().toString()));
                conflict.setVisible(true);
                return;
            }
            HasValidation input = fields.get(field);
            if (input != null) {
                input.setErrorMessage(getTranslation(key));
                input.setInvalid(true);
            }
        });
    }

    private void label(HasLabel field, String key, String id, Field problemField) {
        field.setLabel(getTranslation(key));
        ((Component) field).setId(id);
        fields.put(problemField, (HasValidation) field);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }

    /** Budgets are in euros; the symbol as the reader's locale writes it. */
    private String euro() {
        return java.util.Currency.getInstance("EUR").getSymbol(getLocale());
    }
}
