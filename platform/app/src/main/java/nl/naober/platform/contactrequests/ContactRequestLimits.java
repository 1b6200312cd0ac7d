package nl.naober.platform.contactrequests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.naober.platform.privacy.KeyedHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limit of the public contact form, in PostgreSQL so that every replica counts the same:
 * at most {@link #PER_ADDRESS_PER_HOUR} requests per sender address per hour and
 * {@link #PER_VILLAGE_PER_DAY} per village per day. The address is kept only as a keyed hash (HMAC
 * under a key derived from the server's master key, per municipality), so the table says nothing
 * about who sent what; rows older than a day are purged with every submission. Submissions of one
 * municipality are counted one after the other (a transaction-scoped advisory lock), so two at the
 * same moment cannot both slip under the limit.
 */
@Component
class ContactRequestLimits {

    static final int PER_ADDRESS_PER_HOUR = 3;
    static final int PER_VILLAGE_PER_DAY = 30;
    static final String HASH_PURPOSE = "contact-request-sender";

    private final JdbcClient jdbc;
    private final KeyedHash hashes;
    private final Clock clock;

    ContactRequestLimits(JdbcClient jdbc, KeyedHash hashes, Clock clock) {
        this.jdbc = jdbc;
        this.hashes = hashes;
        this.clock = clock;
    }

    /**
     * Counts a submission from {@code address} for {@code village} if it is within the limits;
     * {@code false} (nothing counted) when it is over. Runs in the caller's transaction, so a
     * request that is not stored after all is not counted either.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean tryCount(String address, UUID village) {
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(current_schema() || '/contact-request-limit'))").query()
                .singleRow();
        jdbc.sql("delete from contact_request_attempt where attempted_at < :dayAgo")
                .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        String hash = hashes.hash(HASH_PURPOSE, address);
        long fromAddress = jdbc.sql("select count(*) from contact_request_attempt"
                        + " where address_hash = :hash and attempted_at >= :hourAgo")
                .param("hash", hash).param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class).single();
        long forVillage = jdbc.sql("select count(*) from contact_request_attempt where village_id = :village")
                .param("village", village).query(Long.class).single();
        if (fromAddress >= PER_ADDRESS_PER_HOUR || forVillage >= PER_VILLAGE_PER_DAY) {
            return false;
        }
        jdbc.sql("insert into contact_request_attempt (address_hash, village_id, attempted_at)"
                        + " values (:hash, :village, :now)")
                .param("hash", hash).param("village", village).param("now", Timestamp.from(now)).update();
        return true;
    }
}
