package nl.naober.platform.profiles;

import java.util.List;

/**
 * A supporter's profile as she sees it herself (the API and {@code /mijn-profiel}).
 *
 * @param saved    whether she has saved a profile yet (if not, these are the suggestions)
 * @param photoUrl the public address of her photo, or {@code null} without one
 */
record ProfileView(boolean saved, String displayName, List<String> languages, String languagesOther, String phone,
        String email, String officeHours, boolean published, String photoUrl) {
}
