package nl.naober.platform.municipalities;

import nl.naober.kernel.CbsCode;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.StorableText;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.NewTenant;

/** Request body to register a municipality. Validation reports every invalid field at once. */
record MunicipalityRegistration(String slug, String name, String cbsCode, String rsin) {

    NewTenant toNewTenant() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        TenantId id = errors.attempt(() -> TenantId.of(slug));
        CbsCode code = errors.attempt(() -> new CbsCode(cbsCode));
        Rsin validRsin = errors.attempt(() -> new Rsin(rsin));
        if (name == null || name.isBlank()) {
            errors.add("name", "De naam van de gemeente is verplicht.");
        } else if (name.strip().length() > NewTenant.MAX_NAME_LENGTH) {
            errors.add("name", "De naam van de gemeente mag hoogstens " + NewTenant.MAX_NAME_LENGTH
                    + " tekens lang zijn.");
        } else if (!StorableText.isStorable(name)) {
            errors.add("name", "De naam van de gemeente mag geen stuurtekens of ongeldige tekens bevatten.");
        }
        errors.throwIfAny();
        return new NewTenant(id, name, code, validRsin);
    }
}
