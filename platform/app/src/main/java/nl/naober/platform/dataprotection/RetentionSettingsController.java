package nl.naober.platform.dataprotection;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's retention per record type, kept by its municipal administrator. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/retention-settings")
class RetentionSettingsController {

    private final RetentionSettings settings;

    RetentionSettingsController(RetentionSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    RetentionResponses.Settings show(@PathVariable String municipality) {
        return settings.view();
    }

    @PutMapping
    RetentionResponses.Settings change(@PathVariable String municipality,
            @RequestBody RetentionRequests.SettingsChange request) {
        return settings.change(request);
    }
}
