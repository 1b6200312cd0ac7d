package nl.naober.platform.profiles;

import java.util.List;
import java.util.Set;

/** Request bodies and validated facts of the profiles module. */
final class ProfileRequests {

    private ProfileRequests() {
    }

    /**
     * Her whole profile (a PUT replaces it): the name as shown (her first name, with her last name
     * if she wishes), languages as codes plus others in her own words, phone and/or e-mail, office
     * hours as a short text, and whether it is published.
     */
    record ProfileChange(String displayName, List<String> languages, String languagesOther, String phone,
            String email, String officeHours, Boolean published) {
    }

    /** A change after validation. */
    record ProfileFacts(String displayName, Set<Language> languages, String languagesOther, String phone,
            String email, String officeHours, boolean published) {
    }
}
