package nl.naober.platform.privacy;

/**
 * Moves the personal data of a municipality to the current key after a key rotation (see
 * {@code docs/runbook.md}, "Rotating the personal-data key"): every value of every
 * {@link EncryptedColumn} that is not yet under {@code naober.privacy.current-key} is decrypted
 * and encrypted again.
 *
 * <p>Safe to run again, and alongside normal traffic: a value is only replaced if it is still the
 * value that was read, so a change made meanwhile is never overwritten (the changed value is
 * under the current key already, or is picked up by the next run). Rows are handled in batches,
 * each in a transaction of its own, so locks are short and a failure loses at most one batch of
 * work. Call it outside a transaction: it uses its own connections.
 */
public interface PersonalDataRotation {

    /**
     * Re-encrypts the values of the municipality selected in {@link nl.naober.tenants.TenantContext}.
     *
     * @throws nl.naober.tenants.NoTenantSelectedException when no municipality is selected
     */
    Result reEncryptCurrentTenant();

    /**
     * What one run did, summed over all encrypted columns.
     *
     * @param currentKeyId        the key values were moved to
     * @param reEncrypted         values now under the current key
     * @param changedConcurrently values changed by someone else between reading and writing them (left alone)
     * @param unreadable          values that could not be decrypted (logged with table, column and row id);
     *                            they cannot be moved and keep {@link #remaining()} above zero
     * @param remaining           values still not under the current key after the run, counted afresh
     */
    record Result(String currentKeyId, long reEncrypted, long changedConcurrently, long unreadable, long remaining) {

        /** No value is left under an older key: for this municipality the old keys are no longer needed. */
        public boolean isComplete() {
            return remaining == 0;
        }
    }
}
