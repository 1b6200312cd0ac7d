/**
 * A fake municipal case system that speaks the ZGW APIs (Zaken 1.5.1, Catalogi 1.3.1, Documenten 1.4.3,
 * Notificaties 1.0.0) and is as strict as Open Zaak, so that the platform's delivery of mandated WMO
 * intakes can be tested end to end without a real Open Zaak. Start it with {@link nl.naober.zgwfake.ZgwFake}
 * (in-process, random port) or as a jar ({@link nl.naober.zgwfake.ZgwFakeApplication}).
 */
package nl.naober.zgwfake;
