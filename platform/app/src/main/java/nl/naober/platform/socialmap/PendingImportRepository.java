package nl.naober.platform.socialmap;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingImportRepository extends JpaRepository<PendingImport, UUID> {

    /**
     * Takes the import away for its uploader: the first of two concurrent confirmations (another
     * replica, a double click) deletes the row and imports, the second finds nothing.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PendingImport p where p.id = :id and p.createdBy = :by")
    int take(UUID id, String by);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PendingImport p where p.expiresAt < :now")
    int deleteExpired(Instant now);
}
