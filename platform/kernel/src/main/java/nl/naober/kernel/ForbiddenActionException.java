package nl.naober.kernel;

/**
 * The caller may not do this, for a reason she can act on (no valid mandate for it, say), told in a
 * Dutch message fit to show her. Answered with 403; unlike a plain access refusal, the message is
 * shown, so it must not reveal anything about data she cannot reach.
 */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String dutchMessage) {
        super(dutchMessage);
    }
}
