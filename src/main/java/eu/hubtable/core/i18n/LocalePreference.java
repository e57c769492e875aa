package eu.hubtable.core.i18n;

import java.util.Locale;

/** Stores a member's chosen language (implemented by the member module). */
public interface LocalePreference {

    void store(long memberId, Locale locale);
}
