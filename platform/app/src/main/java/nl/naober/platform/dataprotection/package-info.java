/**
 * Retention and residents' rights (DESIGN.md §5): each municipality sets how long each kind of
 * personal data is kept; a nightly job anonymises what has expired while every count stays the
 * same (contacts keep their date, village, themes, route, minutes and function); and a supporter
 * can hand a resident everything Naober keeps about her (JSON or PDF).
 * <p>
 * The personal data itself lives in other modules. They take part through the SPI of this
 * package: one module owns the register of residents and implements {@link
 * nl.naober.platform.dataprotection.DataSubjects} (who may reach a resident, and anonymising
 * residents whose last contact is too long ago); every module that keeps data about residents
 * implements {@link nl.naober.platform.dataprotection.ResidentDataHolder} (its part of the
 * export, forgetting an anonymised resident, and its own retention rules). This module depends on
 * none of them, so they can depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data protection: retention and residents' rights")
package nl.naober.platform.dataprotection;
