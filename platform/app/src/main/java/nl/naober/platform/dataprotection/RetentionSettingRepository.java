package nl.naober.platform.dataprotection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RetentionSettingRepository extends JpaRepository<RetentionSetting, String> {

    /**
     * Takes the retention lock of the current municipality for the rest of the transaction, if no
     * other transaction (of any app instance) holds it. The key is the tenant schema's oid: unique
     * within the database, so two municipalities never share a lock.
     */
    @Query(value = "select pg_try_advisory_xact_lock(" + RetentionRun.LOCK_NAMESPACE
            + ", (select oid::int4 from pg_namespace where nspname = current_schema()))", nativeQuery = true)
    boolean tryRetentionLock();
}
