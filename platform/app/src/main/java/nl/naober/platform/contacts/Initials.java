package nl.naober.platform.contacts;

/** What a list shows instead of a person's name, the same in every module. */
public final class Initials {

    private Initials() {
    }

    /** "Jan de Vries" → "J.d.V."; {@code ?} for no name. */
    public static String of(String name) {
        return ResidentDetails.initialsOf(name);
    }
}
