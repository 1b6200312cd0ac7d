package nl.naober.platform.volunteers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Totals of volunteers' hours, and the municipality's VOG settings. */
@RestController
class VolunteerHoursController {

    private final HoursService hours;
    private final VolunteerSettingsService settings;

    VolunteerHoursController(HoursService hours, VolunteerSettingsService settings) {
        this.hours = hours;
        this.settings = settings;
    }

    /** The year's totals: per volunteer (supporter only), activity, month and village. */
    @GetMapping("/api/v1/municipalities/{municipality}/volunteer-hours")
    VolunteerResponses.Totals totals(@PathVariable String municipality,
            @RequestParam(name = "year", required = false) Integer year) {
        return hours.totals(year);
    }

    @GetMapping("/api/v1/municipalities/{municipality}/volunteer-settings")
    VolunteerResponses.SettingsView settings(@PathVariable String municipality) {
        return settings.view();
    }

    @PutMapping("/api/v1/municipalities/{municipality}/volunteer-settings")
    VolunteerResponses.SettingsView change(@PathVariable String municipality,
            @RequestBody VolunteerRequests.Settings request) {
        return settings.change(request);
    }
}
