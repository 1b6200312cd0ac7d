package nl.naober.platform.profiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into the small JPEG that is published. Only JPEG and PNG up to
 * {@link #MAX_BYTES} are accepted; the dimensions are read from the header before any pixel is
 * decoded, so a small file that would unpack into a huge image (a decompression bomb) is refused
 * without costing memory. The pixels are then drawn into a new image and encoded again, so nothing
 * of the original file survives: no EXIF, no GPS position, no comments, no hidden payload.
 */
@Component
class ProfilePhotos {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Larger than any phone camera today; anything bigger is not a photo of a person. */
    static final int MAX_SOURCE_PIXELS = 50_000_000;
    static final int MAX_SOURCE_SIDE = 12_000;
    /** Enough for a sharp portrait on a phone at 2x; small enough to load fast in a village. */
    static final int MAX_SIDE = 600;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    /** A photo that cannot be used, with the message key saying why. */
    static final class UnusablePhotoException extends Exception {

        private final String messageKey;

        UnusablePhotoException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** A published photo: the JPEG and its ETag (SHA-256 of the bytes). */
    record Photo(byte[] jpeg, String etag) {
    }

    Photo reencode(byte[] upload) throws UnusablePhotoException {
        if (upload == null || upload.length == 0) {
            throw new UnusablePhotoException("profile.photo.missing");
        }
        if (upload.length > MAX_BYTES) {
            throw new UnusablePhotoException("profile.photo.too-large");
        }
        BufferedImage source = decode(upload);
        BufferedImage scaled = scaledToFit(source);
        byte[] jpeg = encodeJpeg(scaled);
        return new Photo(jpeg, sha256(jpeg));
    }

    private static BufferedImage decode(byte[] upload) throws UnusablePhotoException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            if (input == null) {
                throw new UnusablePhotoException("profile.photo.not-an-image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnusablePhotoException("profile.photo.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new UnusablePhotoException("profile.photo.not-an-image");
                }
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE
                        || width * height > MAX_SOURCE_PIXELS) {
                    throw new UnusablePhotoException("profile.photo.too-many-pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new UnusablePhotoException("profile.photo.not-an-image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated or crafted file: ImageIO throws all sorts; none of it is a usable photo
            throw new UnusablePhotoException("profile.photo.not-an-image");
        }
    }

    /** Drawn onto white (a transparent PNG would turn black in a JPEG), at most MAX_SIDE a side. */
    private static BufferedImage scaledToFit(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new IllegalStateException("Writing a JPEG to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
