package nl.naober.zgwfake;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.JsonNode;

/** Answers a {@link ZgwException} thrown by a controller as Open Zaak's problem+json. */
@RestControllerAdvice
class ProblemHandler {

    @ExceptionHandler(ZgwException.class)
    ResponseEntity<JsonNode> handle(ZgwException error, HttpServletRequest request) {
        return ResponseEntity.status(error.status()).contentType(MediaType.valueOf("application/problem+json"))
                .body(Problems.body(error, Http.baseUrl(request)));
    }
}
