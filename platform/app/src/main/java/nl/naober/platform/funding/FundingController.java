package nl.naober.platform.funding;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grants and costs per village and year, for the municipal administrator. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class FundingController {

    private final FundingService funding;

    FundingController(FundingService funding) {
        this.funding = funding;
    }

    /** Every active village's grant, costs and what was spent in a year (default this year). */
    @GetMapping("/grants")
    List<FundingResponses.GrantView> overview(@PathVariable String municipality,
            @RequestParam(required = false) String year) {
        return funding.overview(funding.year(year));
    }

    /** Sets (or replaces) a village's grant for a year. */
    @PutMapping("/grants")
    FundingResponses.GrantView set(@PathVariable String municipality,
            @RequestBody FundingRequests.GrantChange request) {
        return funding.set(request);
    }

    @PostMapping("/grant-costs")
    ResponseEntity<FundingResponses.GrantView> addCost(@PathVariable String municipality,
            @RequestBody FundingRequests.NewCost request) {
        return ResponseEntity.status(201).body(funding.addCost(request));
    }
}
