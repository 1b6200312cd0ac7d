package nl.naober.platform.reporting;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform administrator's figures across all municipalities. */
@RestController
class PlatformFiguresController {

    private final PlatformFigures figures;

    PlatformFiguresController(PlatformFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/platform-figures")
    List<PlatformFigures.MunicipalityFigures> all() {
        return figures.all();
    }
}
