package nl.naober.platform.profiles;

import java.util.List;

/**
 * The profile form as submitted; {@code published} is the checkbox ("true" when ticked, absent
 * otherwise, so unticking it withdraws the profile).
 */
record ProfileForm(String displayName, List<String> languages, String languagesOther, String phone, String email,
        String officeHours, String published) {

    static ProfileForm of(ProfileView view) {
        return new ProfileForm(view.displayName(), view.languages(), view.languagesOther(), view.phone(),
                view.email(), view.officeHours(), view.published() ? "true" : null);
    }

    ProfileRequests.ProfileChange toChange() {
        return new ProfileRequests.ProfileChange(displayName, languages, languagesOther, phone, email, officeHours,
                "true".equals(published));
    }

    /** For the checkbox fragment: the chosen values. */
    public List<String> publishedValues() {
        return "true".equals(published) ? List.of("true") : List.of();
    }
}
