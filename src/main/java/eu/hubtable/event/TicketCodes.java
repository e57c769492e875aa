package eu.hubtable.event;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A ticket's check-in code as a QR code image (PNG), readable from a phone screen or a printout. */
public final class TicketCodes {

    private TicketCodes() {
    }

    public static byte[] qrPng(String code, int size) {
        try {
            var matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Not a code a QR code can hold", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
