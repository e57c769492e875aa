package eu.hubtable.member;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns whatever was uploaded into a clean avatar: the content must decode as an image (its name and
 * declared type mean nothing), its dimensions are checked before decoding (no decompression bombs),
 * then it is cropped to a centred square, scaled to 256 x 256 and written as a new JPEG, which
 * leaves every byte of the original, metadata and location included, behind.
 */
final class AvatarImage {

    static final int SIZE = 256;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 8000;

    private AvatarImage() {
    }

    static byte[] from(byte[] upload) {
        if (upload.length == 0) {
            throw new AvatarRejected("avatar.not-an-image");
        }
        if (upload.length > MAX_BYTES) {
            throw new AvatarRejected("avatar.too-large");
        }
        BufferedImage image = decode(upload);
        return jpeg(square(image));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new AvatarRejected("avatar.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    throw new AvatarRejected("avatar.too-many-pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AvatarRejected rejected) {
                throw rejected;
            }
            throw new AvatarRejected("avatar.not-an-image");
        }
    }

    private static BufferedImage square(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage cropped = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        // halve in steps first: one bicubic jump from a large photo to 256 px looks jagged
        BufferedImage current = cropped;
        int currentSide = side;
        while (currentSide / 2 >= SIZE) {
            currentSide /= 2;
            current = scaled(current, currentSide);
        }
        return scaled(current, SIZE);
    }

    private static BufferedImage scaled(BufferedImage source, int side) {
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent pictures get a white background in JPEG
            g.fillRect(0, 0, side, side);
            g.drawImage(source, 0, 0, side, side, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
