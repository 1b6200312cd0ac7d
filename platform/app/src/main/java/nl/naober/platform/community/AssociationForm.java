package nl.naober.platform.community;

import java.util.List;
import java.util.UUID;

/** The new-association form as typed; without a choice of villages (she has one) the service takes hers. */
record AssociationForm(String name, String kind, List<String> villages) {

    static AssociationForm startingIn(UUID village) {
        return new AssociationForm(null, null, village == null ? List.of() : List.of(village.toString()));
    }

    AssociationRequests.NewAssociation toRequest() {
        return new AssociationRequests.NewAssociation(name, kind,
                villages == null ? null : villages.stream().map(PageForms::id).toList());
    }
}
