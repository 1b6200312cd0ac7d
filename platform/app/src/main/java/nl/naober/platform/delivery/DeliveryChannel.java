package nl.naober.platform.delivery;

/** How a municipality receives intakes (configured per municipality, {@code naober.delivery.municipalities}). */
public enum DeliveryChannel {
    /** The municipality's case system through the ZGW APIs (Catalogi, Zaken, Documenten). */
    ZGW,
    /** The municipality's WMO consultants work the intake inside Naober. */
    INBOX,
    /** An e-mail (SMTP with TLS) to the municipality's WMO desk with the PDF attached, no BSN in the body. */
    EMAIL
}
