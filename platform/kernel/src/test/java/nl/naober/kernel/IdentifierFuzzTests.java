package nl.naober.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests for the identifiers that are read from outside (requests, files): any input ends in
 * either a valid value or an {@link InvalidIdentifierException} with a Dutch message and the name
 * of the field, never in another exception. Accepted values are checked against an independent
 * re-implementation of the rule.
 *
 * <p>In the test command ({@code ./mvnw verify}) only the committed inputs under
 * {@code src/test/resources/nl/naober/kernel/IdentifierFuzzTestsInputs/<method>/} run; fuzzing
 * itself needs {@code JAZZER_FUZZ=1} (see README).
 */
class IdentifierFuzzTests {

    @FuzzTest(maxDuration = "2m")
    void elevenProof(byte[] input) {
        for (String value : decodings(input)) {
            boolean valid = ElevenProof.isValid(value);
            assertThat(valid).as("ElevenProof.isValid(%s)", quoted(value)).isEqualTo(elevenProofByHand(value));
        }
    }

    @FuzzTest(maxDuration = "2m")
    void rsin(byte[] input) {
        for (String value : decodings(input)) {
            Rsin rsin = accepted("rsin", value, Rsin::new);
            if (rsin != null) {
                assertThat(rsin.value()).isEqualTo(value);
                assertThat(elevenProofByHand(rsin.value()))
                        .as("accepted RSIN %s passes the 11-proof when recomputed", quoted(value)).isTrue();
            } else {
                assertThat(elevenProofByHand(value)).as("rejected RSIN %s fails the 11-proof", quoted(value))
                        .isFalse();
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void bsn(byte[] input) {
        for (String value : decodings(input)) {
            Bsn bsn = accepted("bsn", value, Bsn::new);
            boolean byHand = elevenProofByHand(value) && Long.parseLong(value) >= 10_000_000L;
            assertThat(bsn != null).as("Bsn(%s) accepted", quoted(value)).isEqualTo(byHand);
            if (bsn != null) {
                assertThat(bsn.value()).isEqualTo(value);
                assertThat(bsn.toString()).as("a BSN never shows in full").doesNotContain(value.substring(0, 6));
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void cbsCode(byte[] input) {
        for (String value : decodings(input)) {
            CbsCode code = accepted("cbsCode", value, CbsCode::new);
            boolean byHand = value.length() == 6 && value.startsWith("GM")
                    && value.substring(2).chars().allMatch(c -> c >= '0' && c <= '9');
            assertThat(code != null).as("CbsCode(%s) accepted", quoted(value)).isEqualTo(byHand);
            if (code != null) {
                // the database checks cbs_code ~ '^GM[0-9]{4}$' in a char(6) column
                assertThat(code.value()).isEqualTo(value).matches("GM[0-9]{4}");
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void tenantId(byte[] input) {
        for (String value : decodings(input)) {
            TenantId id = accepted("slug", value, TenantId::of);
            if (id == null) {
                continue;
            }
            assertThat(id.slug()).isEqualTo(value).hasSizeBetween(2, 40);
            String schema = id.schema();
            // a plain PostgreSQL identifier: never quoted, never longer than 63 bytes
            assertThat(schema).as("schema of %s", quoted(value)).matches("t_[a-z0-9_]+").hasSizeLessThanOrEqualTo(42);
            // one-to-one: the slug admits no underscores, so the schema gives the slug back
            assertThat(schema.substring(2).replace('_', '-')).isEqualTo(value);
            assertThat(value).doesNotContain("--").doesNotStartWith("-").doesNotEndWith("-");
            assertThat(value.charAt(0)).isBetween('a', 'z');
        }
    }

    /** Runs the conversion; a rejection must be an {@link InvalidIdentifierException} for {@code field}. */
    private static <T> T accepted(String field, String value, java.util.function.Function<String, T> conversion) {
        try {
            return conversion.apply(value);
        } catch (InvalidIdentifierException e) {
            assertThat(e.field()).as("field of the rejection of %s", quoted(value)).isEqualTo(field);
            assertThat(e.getMessage()).as("message of the rejection of %s", quoted(value))
                    .isNotBlank()
                    .contains(" moet ")
                    .doesNotContain("Exception");
            return null;
        } catch (RuntimeException e) {
            return fail("%s rejected %s with %s instead of InvalidIdentifierException", field, quoted(value), e);
        }
    }

    /** The bytes as UTF-8 (printable input), as Latin-1 (every char 0–255) and as UTF-16 (any char). */
    private static List<String> decodings(byte[] input) {
        return List.of(new String(input, StandardCharsets.UTF_8), new String(input, StandardCharsets.ISO_8859_1),
                new String(input, StandardCharsets.UTF_16BE));
    }

    /** The 11-proof, written independently of {@link ElevenProof}: 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11). */
    private static boolean elevenProofByHand(String value) {
        if (!value.matches("[0-9]{9}") || value.equals("000000000")) {
            return false;
        }
        int[] weights = {9, 8, 7, 6, 5, 4, 3, 2, -1};
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (long) weights[i] * Character.digit(value.charAt(i), 10);
        }
        return Math.floorMod(sum, 11) == 0;
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? Character.toString(c)
                : String.format("\\u{%x}", c)));
        return out.append('"').toString();
    }
}
