package nl.naober.platform.users;

import java.util.UUID;

/**
 * Published inside the transaction that deactivates a colleague, so modules that keep data that is
 * hers alone (e.g. her private reflection log) can remove it in the same transaction.
 */
public record ColleagueDeactivated(UUID memberId) {
}
