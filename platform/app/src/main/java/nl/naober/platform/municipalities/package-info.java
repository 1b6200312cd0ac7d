/**
 * Platform administration of municipalities (tenants): register and provision, list, show,
 * resume an unfinished provisioning, offboard with export. For the {@code platform-admin} role;
 * never shows residents' data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Municipalities")
package nl.naober.platform.municipalities;
