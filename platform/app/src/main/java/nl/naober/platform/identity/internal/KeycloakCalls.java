package nl.naober.platform.identity.internal;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import nl.naober.platform.identity.IdentityUnavailableException;

/** Turns the admin client's transport failures into one exception type with a clear message. */
final class KeycloakCalls {

    private KeycloakCalls() {
    }

    static <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("Keycloak is not reachable (" + what + ")", e);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw new IdentityUnavailableException("Keycloak failed (" + what + "): " + e.getResponse().getStatus(), e);
            }
            throw e;
        }
    }

    static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** The id of a created resource, or an exception when Keycloak did not create it. */
    static String createdId(String what, Response response) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused to create " + what + ": " + response.getStatus()
                        + " " + response.readEntity(String.class));
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static void expectSuccess(String what, Response response) {
        try (response) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new IllegalStateException("Keycloak refused " + what + ": " + response.getStatus() + " "
                        + response.readEntity(String.class));
            }
        }
    }
}
