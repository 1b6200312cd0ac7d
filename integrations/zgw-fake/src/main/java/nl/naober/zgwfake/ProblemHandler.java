package nl.naober.zgwfake;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.JsonNode;

/** Answers a {@link ZgwException} thrown by a controller as Open Zaak's problem+json. */
@RestControllerAdvice
class ProblemHandler {

    @ExceptionHandler(ZgwException.class)
    ResponseEntity<JsonNode> handle(ZgwException error, HttpServletRequest request) {
        return ResponseEntity.status(error.status()).contentType(MediaType.valueOf("application/problem+json"))
                .body(Problems.body(error, Http.baseUrl(request)));
    }

    /** An operation that is in the document but not served by the fake: 404 as a {@code Fout}. */
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<JsonNode> notServed(Exception error, HttpServletRequest request) {
        // an answer about the fake's own limits, not an API answer: exempt from response validation
        request.setAttribute(ZgwFilter.NOT_SERVED, Boolean.TRUE);
        return handle(new ZgwException(404, "not_found", "Niet gevonden.",
                "Deze operatie staat in de API-specificatie maar wordt door de ZGW fake niet ondersteund.",
                java.util.List.of()), request);
    }
}
