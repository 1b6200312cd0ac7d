package nl.naober.platform.web;

/**
 * What a public page (no login, {@code /publiek/{municipality}/…}) knows about its request: whose
 * municipality it is and how that municipality looks. The public layout
 * ({@code public-layout :: page(title, description, main)}) reads it from the model attribute
 * {@code publicPage}, which the web module fills for every page controller under {@code /publiek}.
 *
 * @param municipality     the municipality's name
 * @param municipalitySlug the municipality's identifier in public addresses
 * @param branding         the municipality's look
 */
public record PublicPage(String municipality, String municipalitySlug, Branding branding) {

    /** The path prefix of every public page: {@code /publiek/{municipality}/…}. */
    public static final String PREFIX = "/publiek/";
}
