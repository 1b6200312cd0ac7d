package nl.naober.platform.contacts;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.naober.platform.dataprotection.DataSubjectExports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Residents of the signed-in supporter's villages and their care networks. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/residents")
class ResidentController {

    private final ResidentService residents;
    private final DataSubjectExports exports;

    ResidentController(ResidentService residents, DataSubjectExports exports) {
        this.residents = residents;
        this.exports = exports;
    }

    /** Pseudonyms and initials; {@code q} searches names within her villages. */
    @GetMapping
    List<ContactResponses.ResidentListItem> list(@PathVariable String municipality,
            @RequestParam(required = false) UUID village, @RequestParam(required = false) String q) {
        return residents.list(village, q);
    }

    @PostMapping
    ResponseEntity<ContactResponses.ResidentView> create(@PathVariable String municipality,
            @RequestBody ContactRequests.NewResident request) {
        ContactResponses.ResidentView resident = residents.create(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/residents/"
                + resident.id())).body(resident);
    }

    @GetMapping("/{residentId}")
    ContactResponses.ResidentView show(@PathVariable String municipality, @PathVariable UUID residentId) {
        return residents.show(residentId);
    }

    /** Replaces the resident's personal data (name required; left-out details are removed). */
    @PatchMapping(path = "/{residentId}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    ContactResponses.ResidentView change(@PathVariable String municipality, @PathVariable UUID residentId,
            @RequestBody ContactRequests.ResidentInput request) {
        return residents.change(residentId, request);
    }

    @PostMapping("/{residentId}/care-network")
    ResponseEntity<ContactResponses.CareNetworkView> addCareNetworkMember(@PathVariable String municipality,
            @PathVariable UUID residentId, @RequestBody ContactRequests.NewCareNetworkMember request) {
        ContactResponses.CareNetworkView member = residents.addCareNetworkMember(residentId, request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/residents/"
                + residentId + "/care-network/" + member.id())).body(member);
    }

    @DeleteMapping("/{residentId}/care-network/{memberId}")
    ResponseEntity<Void> removeCareNetworkMember(@PathVariable String municipality, @PathVariable UUID residentId,
            @PathVariable UUID memberId) {
        residents.removeCareNetworkMember(residentId, memberId);
        return ResponseEntity.noContent().build();
    }

    /**
     * Everything Naober keeps about the resident, for her request to see or take her data (AVG art.
     * 15 and 20): JSON by default, PDF with {@code Accept: application/pdf} or {@code ?format=pdf}.
     * Built by the dataprotection module from every module that keeps data about her; audited.
     */
    @GetMapping("/{residentId}/data-export")
    ResponseEntity<byte[]> dataExport(@PathVariable String municipality, @PathVariable UUID residentId,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        return exports.export(residentId, format, accept).asDownload();
    }
}
