package nl.naober.platform.referrals;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referrals of residents of the signed-in supporter's villages, and their outcomes. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class ReferralController {

    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** Refers the resident; refused (400, nothing saved) without complete consent. */
    @PostMapping("/residents/{residentId}/referrals")
    ResponseEntity<ReferralResponses.ReferralView> refer(@PathVariable String municipality,
            @PathVariable UUID residentId, @RequestBody ReferralRequests.NewReferral request) {
        ReferralResponses.ReferralView referral = referrals.refer(residentId, request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/referrals/"
                + referral.id())).body(referral);
    }

    @GetMapping("/residents/{residentId}/referrals")
    List<ReferralResponses.ReferralListItem> ofResident(@PathVariable String municipality,
            @PathVariable UUID residentId) {
        return referrals.ofResident(residentId);
    }

    /** The referrals of her villages, open ones first. */
    @GetMapping("/referrals")
    List<ReferralResponses.ReferralListItem> list(@PathVariable String municipality,
            @RequestParam(required = false) UUID village) {
        return referrals.list(village);
    }

    @GetMapping("/referrals/{referralId}")
    ReferralResponses.ReferralView show(@PathVariable String municipality, @PathVariable UUID referralId) {
        return referrals.show(referralId);
    }

    /** Feeds back what became of the referral; the history keeps every step. */
    @PostMapping("/referrals/{referralId}/outcomes")
    ReferralResponses.ReferralView recordOutcome(@PathVariable String municipality, @PathVariable UUID referralId,
            @RequestBody ReferralRequests.NewOutcome request) {
        return referrals.recordOutcome(referralId, request);
    }
}
