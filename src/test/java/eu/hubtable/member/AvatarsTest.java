package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.support.ServiceTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AvatarsTest extends ServiceTest {

    @Autowired
    Avatars avatars;

    @Test
    void aPictureIsStoredAsA256PixelSquareJpegWithoutItsMetadata() throws IOException {
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        avatars.replaceMine(withExif(image("jpg", 1200, 800)));
        byte[] stored = avatars.of(lea.memberId()).orElseThrow();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(256);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS-49.61N-6.13E");

        avatars.replaceMine(image("png", 300, 500)); // a transparent PNG works too
        assertThat(ImageIO.read(new ByteArrayInputStream(avatars.of(lea.memberId()).orElseThrow())).getWidth()).isEqualTo(256);
        avatars.removeMine();
        assertThat(avatars.of(lea.memberId())).isEmpty();
    }

    @Test
    void oversizedNonImagesAndGiantDimensionsAreRefusedAndTheOldPictureStays() throws IOException {
        MemberPrincipal lea = newMember("Léa Martin");
        signIn(lea);
        avatars.replaceMine(image("png", 400, 400));
        byte[] before = avatars.of(lea.memberId()).orElseThrow();

        assertThatThrownBy(() -> avatars.replaceMine(new byte[Avatars.MAX_BYTES + 1])).hasMessage("avatar.too-large");
        assertThatThrownBy(() -> avatars.replaceMine("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("avatar.not-an-image");
        assertThatThrownBy(() -> avatars.replaceMine(new byte[0])).hasMessage("avatar.not-an-image");
        assertThatThrownBy(() -> avatars.replaceMine(image("png", 9000, 2))).hasMessage("avatar.too-many-pixels");
        assertThat(avatars.of(lea.memberId()).orElseThrow()).isEqualTo(before);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(230, 90, 60));
        g.fillOval(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment carrying a (fake) location, as phones write them. */
    private static byte[] withExif(byte[] jpeg) {
        byte[] payload = "Exif\0\0GPS-49.61N-6.13E".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
