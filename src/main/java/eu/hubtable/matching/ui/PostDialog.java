package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.hubtable.core.vocabulary.Countries;
import eu.hubtable.core.vocabulary.Languages;
import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.PostDirection;
import eu.hubtable.matching.PostForm;
import eu.hubtable.matching.PostKind;
import eu.hubtable.matching.PostRejected;
import eu.hubtable.matching.PostRejected.Field;
import eu.hubtable.matching.Posts;
import eu.hubtable.organisation.MyOrganisation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Writes a post; a refused post keeps everything typed, with each reason next to its field. */
class PostDialog extends Dialog {

    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);

    PostDialog(Posts posts, List<MyOrganisation> myOrganisations, Runnable published) {
        setHeaderTitle(getTranslation("posts.publish"));
        RadioButtonGroup<PostDirection> direction = new RadioButtonGroup<>(getTranslation("post.form.direction"));
        direction.setItems(PostDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation("post.direction." + d.name()));
        ComboBox<PostKind> kind = new ComboBox<>(getTranslation("post.form.kind"), PostKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("post.kind." + k.name()));
        TextField title = new TextField(getTranslation("post.form.title"));
        title.setMaxLength(Posts.MAX_TITLE);
        TextArea body = new TextArea(getTranslation("post.form.body"));
        body.setMaxLength(Posts.MAX_BODY);
        MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>(getTranslation("post.form.sectors"), Sector.values());
        sectors.setItemLabelGenerator(s -> getTranslation(s.translationKey()));
        TextField tags = new TextField(getTranslation("post.form.tags"));
        TextField city = new TextField(getTranslation("post.form.city"));
        ComboBox<String> country = new ComboBox<>(getTranslation("post.form.country"), Countries.sortedFor(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        ComboBox<String> language = new ComboBox<>(getTranslation("post.form.language"), Languages.CODES);
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        DatePicker expires = new DatePicker(getTranslation("post.form.expires"), LocalDate.now().plusMonths(1));
        expires.setLocale(getLocale());
        ComboBox<MyOrganisation> organisation = new ComboBox<>(getTranslation("post.form.organisation"), myOrganisations);
        organisation.setItemLabelGenerator(MyOrganisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setVisible(!myOrganisations.isEmpty());
        register(Field.DIRECTION, direction, "post-direction");
        register(Field.KIND, kind, "post-kind");
        register(Field.TITLE, title, "post-title");
        register(Field.BODY, body, "post-body");
        register(Field.TAGS, tags, "post-tags");
        register(Field.PLACE, country, "post-country");
        register(Field.LANGUAGE, language, "post-language");
        register(Field.EXPIRY, expires, "post-expires");
        register(Field.ORGANISATION, organisation, "post-organisation");
        FormLayout form = new FormLayout(direction, kind, title, body, sectors, tags, city, country, language, expires, organisation);
        form.setColspan(body, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Button save = new Button(getTranslation("post.form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                posts.publish(new PostForm(direction.getValue(), kind.getValue(), title.getValue(), body.getValue(),
                        sectors.getValue(), new LinkedHashSet<>(Arrays.asList(tags.getValue().split(","))), city.getValue(),
                        country.getValue(), language.getValue(), expires.getValue(),
                        organisation.getValue() == null ? null : organisation.getValue().id()));
                close();
                published.run();
            } catch (PostRejected rejected) {
                rejected.problems().forEach((field, key) -> {
                    fields.get(field).setErrorMessage(getTranslation(key));
                    fields.get(field).setInvalid(true);
                });
            }
        });
        save.setId("post-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("post.form.cancel"), click -> close()), save);
        setWidth("min(44rem, 100vw)");
    }

    private void register(Field field, Component input, String id) {
        input.setId(id);
        fields.put(field, (HasValidation) input);
    }
}
