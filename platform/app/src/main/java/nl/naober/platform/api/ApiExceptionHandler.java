package nl.naober.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.ForbiddenActionException;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.platform.identity.IdentityUnavailableException;
import nl.naober.tenants.ProvisioningIncompleteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into {@code application/problem+json} with a Dutch detail.
 * Unexpected failures are logged with a reference that the response repeats; the response never
 * holds a stack trace or an internal message.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, WebRequest request) {
        return invalid(e.violations().stream()
                .map(v -> new Problems.InvalidParam(v.field(), "invalid", v.message())).toList(), request);
    }

    @ExceptionHandler(InvalidIdentifierException.class)
    ResponseEntity<Object> invalidIdentifier(InvalidIdentifierException e, WebRequest request) {
        return invalid(List.of(new Problems.InvalidParam(e.field(), "invalid", e.getMessage())), request);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<Object> notFound(ResourceNotFoundException e, WebRequest request) {
        return respond(problems.withDetail(HttpStatus.NOT_FOUND, "not-found", e.getMessage()), request);
    }

    @ExceptionHandler(ResourceConflictException.class)
    ResponseEntity<Object> conflict(ResourceConflictException e, WebRequest request) {
        ProblemDetail problem = problems.withDetail(HttpStatus.CONFLICT, "conflict", e.getMessage());
        if (e.field() != null) {
            problems.withInvalidParams(problem, List.of(new Problems.InvalidParam(e.field(), "conflict",
                    e.getMessage())));
        }
        return respond(problem, request);
    }

    /** The database cannot be reached (down, restarting, pool exhausted): nothing was saved; retry later. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<Object> databaseUnavailable(Exception e, WebRequest request) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(withInstance(problem,
                        request));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e, WebRequest request) {
        return respond(problems.of(HttpStatus.CONFLICT, "concurrent-change"), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
        log.info("Request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(problems.of(HttpStatus.CONFLICT, "constraint"), request);
    }

    @ExceptionHandler(ProvisioningIncompleteException.class)
    ResponseEntity<Object> provisioningIncomplete(ProvisioningIncompleteException e, WebRequest request) {
        return respond(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "provisioning-incomplete", e.tenant().slug(),
                e.step()), request);
    }

    @ExceptionHandler(IdentityUnavailableException.class)
    ResponseEntity<Object> identityUnavailable(IdentityUnavailableException e, WebRequest request) {
        log.warn("Identity provider unavailable: {}", e.getMessage());
        return respond(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable"), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        return invalid(List.of(new Problems.InvalidParam(e.getName(), "invalid",
                problems.message("problem.type-mismatch.reason", e.getName()))), request);
    }

    /** A query parameter that is not valid percent-encoded UTF-8: Tomcat refuses to decode it. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableParameter(Exception e, WebRequest request) {
        return respond(problems.of(HttpStatus.BAD_REQUEST, "http-400"), request);
    }

    @ExceptionHandler(ForbiddenActionException.class)
    ResponseEntity<Object> forbiddenAction(ForbiddenActionException e, WebRequest request) {
        return respond(problems.withDetail(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e, WebRequest request) {
        return respond(problems.of(HttpStatus.FORBIDDEN, "forbidden"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            // e.g. a rollback on a connection the database has just closed: the same outage
            return databaseUnavailable(e, request);
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure, reference {}", reference, e);
        ProblemDetail problem = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", reference);
        problem.setProperty("reference", reference);
        return respond(problem, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.InvalidParam> params = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::toInvalidParam).toList();
        return invalid(params, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.of(HttpStatus.BAD_REQUEST, "unreadable"), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        // Spring's own exceptions (404, 405, 415, …): Dutch texts from the bundle, by status
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        ProblemDetail problem = status == null ? ProblemDetail.forStatus(statusCode)
                : problems.of(status, "http-" + statusCode.value());
        problem.setInstance(instance(request));
        return ResponseEntity.status(statusCode).headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Problems.InvalidParam toInvalidParam(FieldError error) {
        return new Problems.InvalidParam(error.getField(), error.getCode() == null ? "invalid" : error.getCode(),
                error.getDefaultMessage());
    }

    private ResponseEntity<Object> invalid(List<Problems.InvalidParam> params, WebRequest request) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "invalid-input");
        if (params.size() == 1) {
            problem.setDetail(params.getFirst().reason());
        }
        return respond(problems.withInvalidParams(problem, params), request);
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        problem.setInstance(instance(request));
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail withInstance(ProblemDetail problem, WebRequest request) {
        problem.setInstance(instance(request));
        return problem;
    }

    private static URI instance(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return URI.create(http.getRequestURI());
        }
        return null;
    }
}
