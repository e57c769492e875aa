package eu.hubtable.core.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Translations live in {@code vaadin-i18n/translations*.properties}; English is the default bundle. */
@Configuration(proxyBeanMethods = false)
class I18nConfig {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(SupportedLocales.ALL);
    }
}
