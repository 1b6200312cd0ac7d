package nl.naober.platform.profiles;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in supporter's own public profile. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}/supporter-profile")
class SupporterProfileController {

    private final ProfileService profiles;

    SupporterProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    ProfileView mine(@PathVariable String municipality) {
        return profiles.mine();
    }

    @PutMapping
    ProfileView save(@PathVariable String municipality, @RequestBody ProfileRequests.ProfileChange change) {
        return profiles.save(change);
    }

    /**
     * Her photo as the request body ({@code image/jpeg} or {@code image/png}, at most 2 MB). Read
     * with a limit, so a huge body is refused without being held in memory.
     */
    @PutMapping(path = "/photo", consumes = {"image/jpeg", "image/png"})
    ProfileView savePhoto(@PathVariable String municipality, InputStream body) throws IOException {
        byte[] upload = body.readNBytes(ProfilePhotos.MAX_BYTES + 1);
        if (upload.length > ProfilePhotos.MAX_BYTES) {
            throw profiles.photoTooLarge();
        }
        return profiles.savePhoto(upload);
    }

    @DeleteMapping("/photo")
    ResponseEntity<Void> removePhoto(@PathVariable String municipality) {
        profiles.removePhoto();
        return ResponseEntity.noContent().build();
    }
}
