package nl.naober.zgwfake;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only: a deliberately wrong answer on a path the Catalogi document has (GET /catalogussen/{uuid}) but
 * the fake does not serve, to prove that the response validation catches a fake that breaks its document.
 */
@RestController
class BrokenCatalogusController {

    @GetMapping("/catalogi/api/v1/catalogussen/{uuid}")
    Map<String, Object> catalogus(@PathVariable String uuid) {
        return Map.of("url", 42, "domein", "far too long for the five characters the document allows");
    }
}
