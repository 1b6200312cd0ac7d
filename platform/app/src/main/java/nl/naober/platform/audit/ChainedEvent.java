package nl.naober.platform.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One event as stored in {@code audit_event}, with the hash that chains it to the one before.
 *
 * <p>The hash is SHA-256 over a canonical serialisation (version {@value #FORMAT}): the format tag,
 * then every field in the fixed order below, each written as its UTF-8 length in decimal, a colon
 * and its UTF-8 bytes, or as a single {@code -} when absent. The length prefixes make the split
 * between fields unambiguous: no text can move from one field to the next and keep the hash. The
 * moment is ISO-8601 UTC with exactly six fraction digits (PostgreSQL keeps microseconds), the ids
 * are lower-case UUIDs, the number is decimal, the action is its enum name. docs/runbook.md shows
 * how to recompute it outside the application.
 */
record ChainedEvent(long sequenceNumber, Instant occurredAt, String actorSubject, String actorName, String actorRole,
        String onBehalfOf, String action, String recordType, UUID recordId, UUID residentId, String basis,
        String detail, String previousHash, String hash) {

    static final String FORMAT = "naober-audit-v1";
    /** The previous hash of the first event of a municipality. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The hash these fields should have; equal to {@link #hash()} unless the event was changed. */
    String expectedHash() {
        return hashOf(sequenceNumber, occurredAt, actorSubject, actorName, actorRole, onBehalfOf, action, recordType,
                recordId, residentId, basis, detail, previousHash);
    }

    static String hashOf(long sequenceNumber, Instant occurredAt, String actorSubject, String actorName,
            String actorRole, String onBehalfOf, String action, String recordType, UUID recordId, UUID residentId,
            String basis, String detail, String previousHash) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream(512);
        field(canonical, FORMAT);
        field(canonical, Long.toString(sequenceNumber));
        field(canonical, occurredAt == null ? null : MOMENT.format(occurredAt));
        field(canonical, actorSubject);
        field(canonical, actorName);
        field(canonical, actorRole);
        field(canonical, onBehalfOf);
        field(canonical, action);
        field(canonical, recordType);
        field(canonical, recordId == null ? null : recordId.toString());
        field(canonical, residentId == null ? null : residentId.toString());
        field(canonical, basis);
        field(canonical, detail);
        field(canonical, previousHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
