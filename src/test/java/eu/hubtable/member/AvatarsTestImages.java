package eu.hubtable.member;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Real pictures for tests outside this package. */
public final class AvatarsTestImages {

    private AvatarsTestImages() {
    }

    public static byte[] png(int width, int height) {
        try {
            return AvatarsTest.image("png", width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
