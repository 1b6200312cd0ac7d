/**
 * Shared value types of Naober: identifiers of municipalities and villages, the roles of the
 * platform, validated Dutch identifiers (CBS code, RSIN) and the catalogue of functions (F1–F18)
 * and competences (C1–C12) of the dorpsondersteuner job profile. No behaviour beyond validation,
 * no framework dependencies.
 */
package nl.naober.kernel;
