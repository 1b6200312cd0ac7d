package nl.naober.tenants;

import nl.naober.kernel.CbsCode;
import nl.naober.kernel.InvalidIdentifierException;
import nl.naober.kernel.Rsin;
import nl.naober.kernel.TenantId;

/** What it takes to register a municipality; the values are validated on construction. */
public record NewTenant(TenantId id, String name, CbsCode cbsCode, Rsin rsin) {

    public static final int MAX_NAME_LENGTH = 100;

    public NewTenant {
        if (name == null || name.isBlank()) {
            throw new InvalidIdentifierException("name", "De naam van de gemeente is verplicht.");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidIdentifierException("name",
                    "De naam van de gemeente mag hoogstens " + MAX_NAME_LENGTH + " tekens lang zijn.");
        }
    }
}
