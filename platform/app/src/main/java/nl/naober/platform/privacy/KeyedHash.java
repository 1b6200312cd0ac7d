package nl.naober.platform.privacy;

/**
 * A keyed one-way hash (HMAC-SHA256) of a value in the current municipality, for when a module must
 * recognise a value again without keeping it, such as a public form's sender address for its rate
 * limit. The key is derived from the server's master key per municipality and purpose, so a stolen
 * table of hashes cannot be reversed by hashing every possible address.
 */
public interface KeyedHash {

    /**
     * The hash of {@code value} for {@code purpose} (a short constant of the calling module) in the
     * current municipality, as 64 lower-case hex digits.
     *
     * @throws nl.naober.tenants.NoTenantSelectedException outside a municipality's request or job
     */
    String hash(String purpose, String value);
}
