package nl.naober.platform.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VillageSlugTests {

    @Test
    void dropsAccentsAndJoinsWordsWithOneHyphen() {
        assertThat(VillageSlug.from("Oatmösse")).isEqualTo("oatmosse");
        assertThat(VillageSlug.from("  Saasveld / Gammelke ")).isEqualTo("saasveld-gammelke");
        assertThat(VillageSlug.from("'s-Heerenberg")).isEqualTo("s-heerenberg");
        assertThat(VillageSlug.from("Ĳsselmuiden")).isEqualTo("ijsselmuiden");
    }

    @Test
    void fallsBackForANameWithoutLettersAndCutsLongNames() {
        assertThat(VillageSlug.from("???")).isEqualTo("dorp");
        assertThat(VillageSlug.from("a".repeat(79) + " bcd")).isEqualTo("a".repeat(79));
    }

    @Test
    void numbersASlugThatIsTaken() {
        Set<String> taken = Set.of("lattrop", "lattrop-2");

        assertThat(VillageSlug.unique("Lattrop", taken::contains)).isEqualTo("lattrop-3");
        assertThat(VillageSlug.unique("Breklenkamp", taken::contains)).isEqualTo("breklenkamp");
    }
}
