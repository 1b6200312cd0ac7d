package nl.naober.platform.signals;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Collective signals, their responses and suggestions, and the municipality's suggestion settings. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class SignalController {

    private final SignalService signals;

    SignalController(SignalService signals) {
        this.signals = signals;
    }

    @PostMapping("/signals")
    ResponseEntity<SignalResponses.SignalView> raise(@PathVariable String municipality,
            @RequestBody SignalRequests.NewSignal request) {
        SignalResponses.SignalView signal = signals.raise(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/signals/" + signal.id()))
                .body(signal);
    }

    /** The signals of the villages the caller may see, open ones first. */
    @GetMapping("/signals")
    List<SignalResponses.SignalListItem> list(@PathVariable String municipality) {
        return signals.list();
    }

    @GetMapping("/signals/{signalId}")
    SignalResponses.SignalView show(@PathVariable String municipality, @PathVariable UUID signalId) {
        return signals.show(signalId);
    }

    /** An answer from the municipality or the sounding-board group. */
    @PostMapping("/signals/{signalId}/responses")
    ResponseEntity<SignalResponses.SignalView> respond(@PathVariable String municipality, @PathVariable UUID signalId,
            @RequestBody SignalRequests.NewResponse request) {
        return ResponseEntity.status(201).body(signals.respond(signalId, request));
    }

    @PostMapping("/signals/{signalId}/closure")
    SignalResponses.SignalView close(@PathVariable String municipality, @PathVariable UUID signalId,
            @RequestBody(required = false) SignalRequests.Closure request) {
        return signals.close(signalId, request);
    }

    /** Themes that recur in the supporter's villages without an open signal. */
    @GetMapping("/signal-suggestions")
    List<SignalResponses.Suggestion> suggestions(@PathVariable String municipality) {
        return signals.suggestions();
    }

    @GetMapping("/signal-settings")
    SignalResponses.SettingsView settings(@PathVariable String municipality) {
        return signals.showSettings();
    }

    @PutMapping("/signal-settings")
    SignalResponses.SettingsView changeSettings(@PathVariable String municipality,
            @RequestBody SignalRequests.SettingsChange request) {
        return signals.changeSettings(request);
    }
}
