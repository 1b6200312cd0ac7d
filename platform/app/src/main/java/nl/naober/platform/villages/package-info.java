/**
 * Villages (dorpen, kernen) of a municipality and each village's function profile: which of the
 * functions F1–F18 of the job profile apply there. Managed by the municipal administrator; other
 * users of the municipality may read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Villages")
package nl.naober.platform.villages;
