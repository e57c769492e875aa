package eu.hubtable.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CheckInsTest extends EventTest {

    @Test
    void aTicketChecksInOnceAtItsOwnEventOnly() {
        long event = event(1, null);
        long otherEvent = event(5, null);
        MemberPrincipal lea = newMember("Léa Martin");
        MemberPrincipal tom = newMember("Tom Weber");
        signIn(lea);
        rsvps.going(event);
        rsvps.going(otherEvent);
        String leasCode = events.details(event).mine().checkinToken();
        String leasOtherCode = events.details(otherEvent).mine().checkinToken();
        signIn(tom);
        rsvps.going(event);
        String tomsCode = events.details(event).mine().checkinToken();

        signIn(manon);
        assertThat(checkIns.checkIn(event, " " + leasCode + " ")).isEqualTo("Léa Martin");
        assertThatThrownBy(() -> checkIns.checkIn(event, leasCode)).hasMessage("checkin.already");
        assertThatThrownBy(() -> checkIns.checkIn(event, leasOtherCode)).hasMessage("checkin.other-event");
        assertThatThrownBy(() -> checkIns.checkIn(event, tomsCode)).hasMessage("checkin.waitlisted");
        assertThatThrownBy(() -> checkIns.checkIn(event, "forged-code")).hasMessage("checkin.unknown");
        signIn(lea);
        rsvps.cancel(otherEvent);
        signIn(manon);
        assertThatThrownBy(() -> checkIns.checkIn(otherEvent, leasOtherCode)).hasMessage("checkin.cancelled");
        assertThat(rsvps.attendees(event)).filteredOn(a -> a.displayName().equals("Léa Martin"))
                .allSatisfy(a -> assertThat(a.checkedInAt()).isEqualTo(NOW));
    }

    @Test
    void aTicketsQrCodeReadsBackFromAPhotoOfIt() throws Exception {
        String code = "Xq3v9Rk2mW0bT7cLpA1sZg";
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(TicketCodes.qrPng(code, 240)));
        // a "photo": the code smaller, off-centre, on a grey background
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = photo.createGraphics();
        canvas.setColor(new Color(200, 200, 190));
        canvas.fillRect(0, 0, 800, 600);
        canvas.drawImage(qr, 430, 180, 300, 300, null);
        canvas.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        assertThat(CheckIns.readCode(jpeg.toByteArray())).contains(code);
        assertThat(CheckIns.readCode("not an image".getBytes())).isEmpty();
    }
}
