package eu.hubtable.member.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import eu.hubtable.member.EngagementConsent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * On my profile page: whether hub managers see me by name in their engagement reports. Ticking or
 * unticking takes effect at once, apart from the profile's Save button, so a consent never waits on
 * (or fails with) an unrelated profile field.
 */
class PrivacyPanel extends Div {

    private final Checkbox shareEngagement = new Checkbox();
    private final Span since = new Span();

    PrivacyPanel(EngagementConsent consent) {
        setId("privacy");
        shareEngagement.setId("share-engagement");
        shareEngagement.setLabel(getTranslation("privacy.engagement"));
        shareEngagement.setHelperText(getTranslation("privacy.engagement.help"));
        since.setId("share-engagement-since");
        since.addClassName("muted");
        show(consent.mine());
        shareEngagement.addValueChangeListener(change -> {
            if (change.getValue()) {
                show(Optional.of(consent.give()));
                notify("privacy.engagement.given");
            } else {
                consent.withdraw();
                show(Optional.empty());
                notify("privacy.engagement.withdrawn");
            }
        });
        add(new H2(getTranslation("privacy.title")), new Div(shareEngagement), since);
    }

    private void show(Optional<Instant> agreedAt) {
        shareEngagement.setValue(agreedAt.isPresent());
        since.setText(agreedAt.map(at -> getTranslation("privacy.engagement.since", DateTimeFormatter
                .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(at.atZone(ZoneOffset.UTC)))).orElse(""));
        since.setVisible(agreedAt.isPresent());
    }

    private void notify(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
