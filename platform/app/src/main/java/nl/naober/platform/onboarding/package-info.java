/**
 * Onboarding and development of a supporter (job profile C1–C12): the municipality's checklist
 * for a new supporter (the municipal administrator adds, renames, reorders and retires items; the
 * default set, one item per competence, comes with the tenant migration), each supporter's
 * progress on it, her private reflection log (C1 reflecting, C12 developing) and her training
 * record. The administrator sees per supporter how many items are done and which, and her
 * trainings (which the municipality funds); never her notes or her reflections.
 * <p>
 * Personal data of colleagues, not of residents, so no part in the residents' retention or export
 * ({@code dataprotection}): reflection texts, progress notes and certificate references are
 * encrypted at rest; a supporter's reflections and notes are removed when she is deactivated
 * ({@code users.ColleagueDeactivated}). The administrator's reading of a supporter's progress and
 * training record is audited; the supporter reading and writing her own is not (she is the one
 * the data is about, and no one else can reach her reflections).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding and development")
package nl.naober.platform.onboarding;
