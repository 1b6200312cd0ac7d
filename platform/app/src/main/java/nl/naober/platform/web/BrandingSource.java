package nl.naober.platform.web;

/**
 * Where the current municipality's {@link Branding} comes from. Nothing provides one yet, so every
 * municipality has the theme's look; the module that will keep the municipality's settings
 * (name, logo, colours) declares a bean of this type and the layout follows it.
 */
public interface BrandingSource {

    /** The branding of the municipality of the current request ({@link Branding#THEME} for none). */
    Branding currentMunicipality();
}
