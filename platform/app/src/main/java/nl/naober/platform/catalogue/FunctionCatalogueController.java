package nl.naober.platform.catalogue;

import java.util.Arrays;
import java.util.List;
import nl.naober.kernel.Competence;
import nl.naober.kernel.MainFunction;
import nl.naober.kernel.ProfileFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data: the functions and competences of the job profile, for every signed-in user. */
@RestController
class FunctionCatalogueController {

    @GetMapping("/api/v1/function-catalogue")
    Catalogue catalogue() {
        return new Catalogue(
                Arrays.stream(MainFunction.values())
                        .map(m -> new Entry(m.name(), null, m.dutchLabel(), m.englishLabel())).toList(),
                Arrays.stream(ProfileFunction.values())
                        .map(f -> new Entry(f.name(), f.mainFunction().name(), f.dutchLabel(), f.englishLabel()))
                        .toList(),
                Arrays.stream(Competence.values())
                        .map(c -> new Entry(c.name(), null, c.dutchLabel(), c.englishLabel())).toList());
    }

    record Catalogue(List<Entry> mainFunctions, List<Entry> functions, List<Entry> competences) {
    }

    record Entry(String code, String mainFunction, String labelNl, String labelEn) {
    }
}
