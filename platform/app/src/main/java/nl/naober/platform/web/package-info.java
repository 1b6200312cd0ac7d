/**
 * Server-rendered pages (Thymeleaf), reached through the gateway, which names the municipality
 * ({@code X-Naober-Tenant}) and relays the user's token. All texts come from the message bundles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package nl.naober.platform.web;
