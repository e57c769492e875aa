package eu.hubtable.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/** Where a meeting happens: a table on site, or a link to the video call (opened in a new tab). */
final class MeetingPlace {

    private MeetingPlace() {
    }

    static Component of(@Nullable String table, @Nullable String videoUrl) {
        if (table != null || videoUrl == null) {
            Paragraph place = new Paragraph();
            place.setText(place.getTranslation("meeting.place.at-table", table));
            return place;
        }
        Anchor link = new Anchor(videoUrl, "");
        link.setText(link.getTranslation("meeting.place.video-link"));
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return new Div(link);
    }
}
