package nl.naober.zgwfake;

import java.util.List;

/**
 * An error answered the way Open Zaak answers it: a {@code ValidatieFout} (400 with invalidParams) or a
 * {@code Fout} (any other status), both as {@code application/problem+json}.
 */
final class ZgwException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<InvalidParam> invalidParams;

    ZgwException(int status, String code, String title, String detail, List<InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    static ZgwException validation(List<InvalidParam> invalidParams) {
        return new ZgwException(400, "invalid", "Invalid input.", "", invalidParams);
    }

    static ZgwException validation(String name, String code, String reason) {
        return validation(List.of(new InvalidParam(name, code, reason)));
    }

    static ZgwException notAuthenticated() {
        return new ZgwException(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven.",
                "Authenticatiegegevens zijn niet opgegeven.", List.of());
    }

    static ZgwException permissionDenied(String detail) {
        return new ZgwException(403, "permission_denied", "Je hebt geen toestemming om deze actie uit te voeren.",
                detail, List.of());
    }

    static ZgwException notFound() {
        return new ZgwException(404, "not_found", "Niet gevonden.", "Niet gevonden.", List.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    boolean isValidation() {
        return status == 400;
    }
}
