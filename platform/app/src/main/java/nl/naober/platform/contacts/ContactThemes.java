package nl.naober.platform.contacts;

import java.util.List;
import java.util.Optional;

/** For other modules that refer to a contact theme by its code (signals): the municipality's list. */
public interface ContactThemes {

    /** The theme with this code if it is switched on. */
    Optional<ThemeSummary> active(String code);

    /** Every theme, switched on or off, in the municipality's order. */
    List<ThemeSummary> all();

    /** A theme as other modules see it. */
    record ThemeSummary(String code, String label, boolean active) {
    }
}
