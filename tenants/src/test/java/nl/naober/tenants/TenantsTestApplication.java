package nl.naober.tenants;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal application with one tenant-scoped entity ({@link Note}), to test the tenancy layer on its own. */
@SpringBootApplication
class TenantsTestApplication {
}
