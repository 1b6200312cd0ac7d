package nl.naober.platform.dataprotection;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.naober.kernel.InvalidInputException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** The formats of a data-subject export. */
public enum ExportFormat {

    JSON(MediaType.APPLICATION_JSON, "json"),
    PDF(MediaType.APPLICATION_PDF, "pdf");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    // The format a request asks for: ?format=json|pdf if given, else the Accept header's preferred
    // one of the two, JSON for a wildcard. An unknown format is a 400 at field "format"; an Accept
    // header that allows neither is a 406.
    static ExportFormat choose(String format, String accept, Supplier<String> messageOnUnknown)
            throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "pdf" -> PDF;
                default -> throw new InvalidInputException(List.of(new InvalidInputException.Violation("format",
                        messageOnUnknown.get())));
            };
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        MimeTypeUtils.sortBySpecificity(accepted);
        ExportFormat best = null;
        double bestQuality = 0;
        for (MediaType type : accepted) {
            for (ExportFormat candidate : values()) {
                if (type.isCompatibleWith(candidate.mediaType) && type.getQualityValue() > bestQuality) {
                    // a wildcard matches both: JSON, being first, wins at equal quality
                    best = candidate;
                    bestQuality = type.getQualityValue();
                }
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(List.of(JSON.mediaType, PDF.mediaType));
        }
        return best;
    }
}
