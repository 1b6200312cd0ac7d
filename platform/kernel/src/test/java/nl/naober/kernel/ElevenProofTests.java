package nl.naober.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElevenProofTests {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "002564440", "001234560"})
    void acceptsNumbersThatPassTheElevenProof(String value) {
        assertThat(ElevenProof.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "123456789", "001234567", "111222334", "12345678", "1234567890", "12345678a",
            " 11122233", "", "１１１２２２３３３"})
    void rejectsNumbersThatFailTheElevenProofOrAreNotNineDigits(String value) {
        assertThat(ElevenProof.isValid(value)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsNull() {
        assertThat(ElevenProof.isValid(null)).isFalse();
    }
}
