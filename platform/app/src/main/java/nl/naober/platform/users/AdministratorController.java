package nl.naober.platform.users;

import java.net.URI;
import java.util.List;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import nl.naober.tenants.TenantRegistry;
import nl.naober.tenants.UnknownTenantException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform administrator invites a municipality's first (or a further) municipal
 * administrator; from then on the municipality manages its own colleagues. The platform
 * administrator belongs to no municipality, so this endpoint selects the tenant itself.
 */
@RestController
class AdministratorController {

    private final MemberService members;
    private final TenantRegistry registry;

    AdministratorController(MemberService members, TenantRegistry registry) {
        this.members = members;
        this.registry = registry;
    }

    @PostMapping("/api/v1/municipalities/{municipality}/administrators")
    ResponseEntity<MemberResponse> invite(@PathVariable String municipality,
            @RequestBody MemberRequests.Invitation invitation) {
        TenantId tenant = registry.requireActive(parse(municipality)).id();
        MemberRequests.Invitation asAdmin = new MemberRequests.Invitation(invitation.firstName(),
                invitation.lastName(), invitation.email(), "municipal-admin", List.of());
        MemberResponse member = TenantContext.supplyAs(tenant, () -> members.invite(asAdmin));
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/users/" + member.id()))
                .body(member);
    }

    private static TenantId parse(String slug) {
        try {
            return TenantId.of(slug);
        } catch (InvalidIdentifierException e) {
            throw new UnknownTenantException(slug);
        }
    }
}
