package nl.naober.zgwfake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves URLs in request bodies to this fake's own objects, with Open Zaak's (Django REST framework's)
 * codes: {@code bad-url} when the URL is not one of this fake's resources of the right kind,
 * {@code does_not_exist} when it is but no such object exists.
 */
final class References {

    private References() {
    }

    /** The UUID at the end of {@code url} if it is {@code baseUrl + path + "/" + uuid}. */
    static Optional<String> uuid(String url, String baseUrl, String path) {
        String prefix = baseUrl + path + "/";
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(url.substring(prefix.length())).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Resolves or adds the matching error to {@code errors}. */
    static <T> Optional<T> resolve(String name, String url, String baseUrl, String path,
            java.util.function.Function<String, Optional<T>> lookup, List<InvalidParam> errors) {
        Optional<String> uuid = uuid(url, baseUrl, path);
        if (uuid.isEmpty()) {
            errors.add(new InvalidParam(name, "bad-url", "De URL " + url + " kon niet opgehaald worden: het is geen "
                    + path.substring(path.lastIndexOf('/') + 1) + " van dit zaaksysteem."));
            return Optional.empty();
        }
        Optional<T> found = lookup.apply(uuid.get());
        if (found.isEmpty()) {
            errors.add(new InvalidParam(name, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
        }
        return found;
    }
}
