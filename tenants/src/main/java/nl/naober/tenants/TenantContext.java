package nl.naober.tenants;

import java.util.Optional;
import java.util.function.Supplier;
import nl.naober.kernel.TenantId;

/**
 * The municipality whose data the current thread works on. Set once at the edge of a unit of work
 * (an HTTP request, a job) with {@link #enter(TenantId)} in a try-with-resources block, and cleared
 * when the block ends. JPA, JDBC and native queries all follow it; without it they reach no
 * tenant at all.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The tenant of this unit of work, if one is selected. */
    public static Optional<TenantId> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The tenant of this unit of work; throws {@link NoTenantSelectedException} without one. */
    public static TenantId require() {
        TenantId id = CURRENT.get();
        if (id == null) {
            throw new NoTenantSelectedException();
        }
        return id;
    }

    /**
     * Selects a tenant until the returned scope is closed. Nesting a different tenant is refused:
     * switching tenants half-way through a unit of work is how data ends up in the wrong place.
     */
    public static Scope enter(TenantId id) {
        TenantId previous = CURRENT.get();
        if (previous != null && !previous.equals(id)) {
            throw new IllegalStateException("Tenant " + previous + " is already selected; refusing to switch to " + id);
        }
        CURRENT.set(id);
        return previous == null ? CURRENT::remove : () -> { };
    }

    /** Runs {@code work} with {@code id} selected and returns its result. */
    public static <T> T supplyAs(TenantId id, Supplier<T> work) {
        try (Scope ignored = enter(id)) {
            return work.get();
        }
    }

    /** Runs {@code work} with {@code id} selected. */
    public static void runAs(TenantId id, Runnable work) {
        try (Scope ignored = enter(id)) {
            work.run();
        }
    }

    /** Ends the selection made by {@link #enter(TenantId)}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
