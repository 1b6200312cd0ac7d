/**
 * The catalogue of the dorpsondersteuner job profile as reference data for clients: main
 * functions A–C, functions F1–F18 and competences C1–C12 with Dutch and English labels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Function catalogue")
package nl.naober.platform.catalogue;
