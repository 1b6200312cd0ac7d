package nl.naober.platform.community;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The associations of the supporter's villages, their contact persons and contact log. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/associations")
class AssociationController {

    private final AssociationService associations;

    AssociationController(AssociationService associations) {
        this.associations = associations;
    }

    @PostMapping
    ResponseEntity<AssociationResponses.AssociationView> register(@PathVariable String municipality,
            @RequestBody AssociationRequests.NewAssociation request) {
        AssociationResponses.AssociationView created = associations.register(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/associations/"
                + created.id())).body(created);
    }

    @GetMapping
    List<AssociationResponses.AssociationListItem> list(@PathVariable String municipality) {
        return associations.list();
    }

    /** With contact persons and the contact log: audited. */
    @GetMapping("/{associationId}")
    AssociationResponses.AssociationView show(@PathVariable String municipality, @PathVariable UUID associationId) {
        return associations.show(associationId);
    }

    @PostMapping("/{associationId}/contact-persons")
    ResponseEntity<AssociationResponses.ContactPersonView> addContactPerson(@PathVariable String municipality,
            @PathVariable UUID associationId, @RequestBody AssociationRequests.NewContactPerson request) {
        return ResponseEntity.status(201).body(associations.addContactPerson(associationId, request));
    }

    @DeleteMapping("/{associationId}/contact-persons/{personId}")
    ResponseEntity<Void> removeContactPerson(@PathVariable String municipality, @PathVariable UUID associationId,
            @PathVariable UUID personId) {
        associations.removeContactPerson(associationId, personId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{associationId}/contacts")
    ResponseEntity<AssociationResponses.ContactView> logContact(@PathVariable String municipality,
            @PathVariable UUID associationId, @RequestBody AssociationRequests.NewContact request) {
        return ResponseEntity.status(201).body(associations.logContact(associationId, request));
    }
}
