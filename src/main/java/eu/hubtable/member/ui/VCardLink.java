package eu.hubtable.member.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.hubtable.member.Profiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a member as a vCard. The card is made when clicked, under the service's visibility rule
 * at that moment: a contact ended in the meantime gets a 404, not the details.
 */
class VCardLink extends Anchor {

    VCardLink(Profiles profiles, long memberId, String text) {
        super(DownloadHandler.fromInputStream(event -> profiles.vCardOf(memberId)
                .map(card -> card.getBytes(StandardCharsets.UTF_8))
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "contact-" + memberId + ".vcf",
                        "text/vcard", bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))), text);
        addClassName("vcard-link");
    }
}
