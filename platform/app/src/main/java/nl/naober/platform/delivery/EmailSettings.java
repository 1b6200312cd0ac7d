package nl.naober.platform.delivery;

/** The municipality's WMO desk e-mail address that receives intakes, and the sender Naober uses. */
public record EmailSettings(String to, String from) {
}
