package eu.hubtable.event;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door: a host's manager checks members in with the code of their ticket, typed or read from a
 * photo of its QR code. A code is good once, for its own event, for someone who still has a seat.
 */
@Service
public class CheckIns {

    public static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final EventAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(JdbcClient jdbc, EventAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    private record Ticket(long rsvpId, long eventId, long memberId, String name, RsvpStatus status, @Nullable Instant checkedInAt) {
    }

    /** Checks the ticket's holder in and returns their name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String checkIn(long eventId, String code) {
        long host = access.hosted(eventId);
        String token = code.strip();
        Ticket ticket = jdbc.sql("""
                select r.id, r.event_id, r.member_id, m.display_name, r.status, r.checked_in_at
                from rsvp r join member m on m.id = r.member_id where r.checkin_token = :token for update""")
                .param("token", token)
                .query((rs, n) -> new Ticket(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        RsvpStatus.valueOf(rs.getString(5)), Events.instant(rs.getTimestamp(6))))
                .optional().orElseThrow(() -> new EventRefused("checkin.unknown"));
        if (ticket.eventId() != eventId) {
            throw new EventRefused("checkin.other-event");
        }
        if (ticket.status() == RsvpStatus.CANCELLED) {
            throw new EventRefused("checkin.cancelled");
        }
        if (ticket.status() == RsvpStatus.WAITLISTED) {
            throw new EventRefused("checkin.waitlisted");
        }
        if (ticket.checkedInAt() != null) {
            throw new EventRefused("checkin.already");
        }
        Instant now = clock.instant();
        jdbc.sql("update rsvp set checked_in_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(now)).param("id", ticket.rsvpId()).update();
        events.publishEvent(new CheckedIn(eventId, host, ticket.memberId(), now));
        return ticket.name();
    }

    /** The code in a photo of a ticket's QR code, if one can be read. */
    public static Optional<String> readCode(byte[] photo) {
        if (photo.length > MAX_PHOTO_BYTES) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
            if (image == null) {
                return Optional.empty();
            }
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE))).getText());
        } catch (IOException | NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException
                | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
