package nl.naober.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProfileFunctionTests {

    @Test
    void catalogueHasEighteenFunctionsInThreeMainFunctionsAsInTheJobProfile() {
        assertThat(ProfileFunction.values()).hasSize(18);
        assertThat(Arrays.stream(ProfileFunction.values()).filter(f -> f.mainFunction() == MainFunction.A))
                .containsExactly(ProfileFunction.F1, ProfileFunction.F2, ProfileFunction.F3, ProfileFunction.F4,
                        ProfileFunction.F5, ProfileFunction.F6, ProfileFunction.F7);
        assertThat(Arrays.stream(ProfileFunction.values()).filter(f -> f.mainFunction() == MainFunction.C))
                .containsExactly(ProfileFunction.F14, ProfileFunction.F15, ProfileFunction.F16,
                        ProfileFunction.F17, ProfileFunction.F18);
        assertThat(Competence.values()).hasSize(12);
    }

    @Test
    void everyFunctionAndCompetenceHasDistinctDutchAndEnglishLabels() {
        for (ProfileFunction f : ProfileFunction.values()) {
            assertThat(f.dutchLabel()).isNotBlank().isNotEqualTo(f.englishLabel());
            assertThat(f.englishLabel()).isNotBlank();
        }
        for (Competence c : Competence.values()) {
            assertThat(c.dutchLabel()).isNotBlank().isNotEqualTo(c.englishLabel());
        }
        assertThat(ProfileFunction.F6.dutchLabel()).isEqualTo("houdt de sociale kaart bij");
        assertThat(ProfileFunction.fromCode("F18")).contains(ProfileFunction.F18);
        assertThat(ProfileFunction.fromCode("F19")).isEmpty();
    }
}
