package eu.hubtable.core.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;
import eu.hubtable.core.i18n.LocaleChoice;
import eu.hubtable.core.i18n.SupportedLocales;
import java.util.Locale;

/** Language picker: each language is named in itself, so a lost reader still finds theirs. */
public class LocaleSwitch extends Select<Locale> {

    public LocaleSwitch(LocaleChoice localeChoice) {
        addClassName("locale-switch");
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setId("locale-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                localeChoice.choose(getUI().orElseThrow(), event.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setAriaLabel(getTranslation("locale.switch"));
        setValue(SupportedLocales.bestMatch(attachEvent.getUI().getLocale()));
    }
}
