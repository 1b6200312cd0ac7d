package nl.naober.platform.villages;

import java.util.List;

/** Request bodies of the village endpoints. */
final class VillageRequests {

    private VillageRequests() {
    }

    /** Create a village; without {@code functions} every function F1–F18 is on. */
    record NewVillage(String name, List<String> functions) {
    }

    /** Partial update: rename and/or archive ({@code "archived"}) or reactivate ({@code "active"}). */
    record VillageChanges(String name, String status) {
    }

    /** The complete function profile of a village. */
    record FunctionProfile(List<String> functions) {
    }
}
