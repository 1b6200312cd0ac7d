package nl.naober.platform.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A municipality's own look on top of the NL Design System theme: design tokens (CSS custom
 * properties such as {@code --basis-color-accent-1-inverse-bg-default}) and a logo. The default,
 * {@link #THEME}, changes nothing. The layout links the tokens as a style sheet
 * ({@code /huisstijl.css}) rather than an inline {@code <style>} block, because the gateway's
 * Content-Security-Policy allows styles from the app's own origin only.
 *
 * @param tokens   custom property name → CSS value; names must be {@code --lowercase-words}, values
 *                 plain (colours, lengths, font names) — anything that could close the declaration
 *                 is refused
 * @param logoPath the logo's path inside the app (same origin, CSP), or {@code null} for none
 */
public record Branding(Map<String, String> tokens, String logoPath) {

    /** The theme as it is. */
    public static final Branding THEME = new Branding(Map.of(), null);

    private static final Pattern NAME = Pattern.compile("--[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VALUE = Pattern.compile("[#a-zA-Z0-9 .,%()'-]{1,200}");

    public Branding {
        tokens = Map.copyOf(tokens);
        tokens.forEach((name, value) -> {
            if (!NAME.matcher(name).matches() || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("Not a safe design token: " + name);
            }
        });
        if (logoPath != null && (!logoPath.startsWith("/") || logoPath.startsWith("//"))) {
            throw new IllegalArgumentException("A logo is a path inside the app: " + logoPath);
        }
    }

    /** Whether there is anything to add to the theme's tokens. */
    public boolean customised() {
        return !tokens.isEmpty();
    }

    /** The tokens as a style sheet, applied after the theme. */
    public String css() {
        StringBuilder css = new StringBuilder(".voorbeeld-theme {\n");
        new TreeMap<>(tokens).forEach((name, value) -> css.append("  ").append(name).append(": ").append(value)
                .append(";\n"));
        return css.append("}\n").toString();
    }
}
