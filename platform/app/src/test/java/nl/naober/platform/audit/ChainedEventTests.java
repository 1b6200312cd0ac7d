package nl.naober.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical serialisation behind the hash: fixed, unambiguous and reproducible outside the app. */
class ChainedEventTests {

    private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123456Z");
    private static final UUID RECORD = UUID.fromString("0b4e6c2a-9f7d-4c1e-8a3b-5d6e7f8a9b0c");
    private static final UUID RESIDENT = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    @Test
    void theHashIsTheOneTheRunbookRecomputes() {
        // docs/runbook.md, "Verify the audit log without the application", gives this hash for these fields
        String hash = ChainedEvent.hashOf(1, AT, "f2a1c3d4-0000-4000-8000-000000000001", "Anna de Vries",
                "supporter", "dinkelland", "READ", "contact", RECORD, RESIDENT, "village-support", "contactmoment",
                ChainedEvent.GENESIS);

        assertThat(hash).isEqualTo(RUNBOOK_HASH);
    }

    @Test
    void absentFieldsAndTrailingZerosOfTheMomentAreTheRunbooksToo() {
        String hash = ChainedEvent.hashOf(2, Instant.parse("2026-11-28T23:30:00.0001Z"), "system", "system", "system",
                "system", "ANONYMISE", "contact", null, null, "retention", null, RUNBOOK_HASH);

        assertThat(hash).isEqualTo("6aba1a1ede2c2f2677551f3333b3e65eb579be6f1d54c3f85ac54bab45e97ef7");
    }

    @Test
    void textCannotMoveFromOneFieldToTheNext() {
        String original = hash("contact", "village-support");
        String shifted = hash("contactv", "illage-support");

        assertThat(shifted).isNotEqualTo(original);
    }

    @Test
    void anAbsentFieldDiffersFromAnEmptyOneAndFromADash() {
        String absent = ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "contact", null, null, "b", null,
                ChainedEvent.GENESIS);
        String empty = ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "contact", null, null, "b", "",
                ChainedEvent.GENESIS);
        String dash = ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "contact", null, null, "b", "-",
                ChainedEvent.GENESIS);

        assertThat(absent).isNotEqualTo(empty).isNotEqualTo(dash);
        assertThat(empty).isNotEqualTo(dash);
    }

    @Test
    void everyFieldCountsIncludingTheNumberTheMomentAndThePreviousHash() {
        String base = ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "t", RECORD, RESIDENT, "b", "d",
                ChainedEvent.GENESIS);

        assertThat(ChainedEvent.hashOf(2, AT, "s", "n", "r", "m", "READ", "t", RECORD, RESIDENT, "b", "d",
                ChainedEvent.GENESIS)).isNotEqualTo(base);
        assertThat(ChainedEvent.hashOf(1, AT.plusNanos(1000), "s", "n", "r", "m", "READ", "t", RECORD, RESIDENT, "b",
                "d", ChainedEvent.GENESIS)).isNotEqualTo(base);
        assertThat(ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "t", RESIDENT, RECORD, "b", "d",
                ChainedEvent.GENESIS)).as("record and resident swapped").isNotEqualTo(base);
        assertThat(ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", "t", RECORD, RESIDENT, "b", "d",
                "1".repeat(64))).isNotEqualTo(base);
    }

    private static String hash(String recordType, String basis) {
        return ChainedEvent.hashOf(1, AT, "s", "n", "r", "m", "READ", recordType, null, null, basis, null,
                ChainedEvent.GENESIS);
    }

    private static final String RUNBOOK_HASH = "8f5ae7bb9101866ca2fcc378e56ae80d4048a91bdfea029675964445fb690100";
}
