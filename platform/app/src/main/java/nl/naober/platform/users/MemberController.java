package nl.naober.platform.users;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Colleagues of one municipality (municipal administrator), and {@code /me} for everyone. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/users")
    List<MemberResponse> list(@PathVariable String municipality) {
        return members.list();
    }

    @PostMapping("/users")
    ResponseEntity<MemberResponse> invite(@PathVariable String municipality,
            @RequestBody MemberRequests.Invitation invitation) {
        MemberResponse member = members.invite(invitation);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/users/" + member.id()))
                .body(member);
    }

    @GetMapping("/users/{id}")
    MemberResponse show(@PathVariable String municipality, @PathVariable UUID id) {
        return members.get(id);
    }

    @PatchMapping(path = "/users/{id}", consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    MemberResponse change(@PathVariable String municipality, @PathVariable UUID id,
            @RequestBody MemberRequests.Changes changes) {
        return members.change(id, changes);
    }

    @GetMapping("/me")
    MemberResponse me(@PathVariable String municipality, @AuthenticationPrincipal Jwt token) {
        return members.me(token.getSubject());
    }
}
