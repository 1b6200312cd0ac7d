/**
 * Server-rendered pages (Thymeleaf), reached through the gateway, which names the municipality
 * ({@code X-Naober-Tenant}), relays the user's token, hands over its session's CSRF token
 * ({@code X-Naober-Csrf-Token}) and, for path routing, the prefix {@code /g/{municipality}}
 * ({@code X-Naober-Path-Prefix}). All texts come from the message bundles.
 *
 * <p>What the pages of every module share (docs/architecture.md, "Web pages"):
 * <ul>
 *   <li>the layout {@code templates/layout.html} and the form fragments {@code templates/fragments/forms.html};</li>
 *   <li>{@link nl.naober.platform.web.CurrentPage}: municipality, signed-in colleague, role, selected
 *       village and CSRF token, as the model attribute {@code page} and as a controller parameter;</li>
 *   <li>{@link nl.naober.platform.web.NavigationItem} and {@link nl.naober.platform.web.PrimaryAction}
 *       beans, with which a module puts its pages in the menu and the header;</li>
 *   <li>{@link nl.naober.platform.web.FormErrors} and {@link nl.naober.platform.web.FormOption} for forms;</li>
 *   <li>{@link nl.naober.platform.web.StartPageSection} beans, with which a module adds its part of the
 *       start page's "Vandaag";</li>
 *   <li>{@link nl.naober.platform.web.BrandingSource}, the hook for a municipality's logo and colours.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package nl.naober.platform.web;
