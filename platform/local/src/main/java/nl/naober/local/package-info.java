/**
 * The one-command local stack: PostgreSQL from the embedded binaries (data kept under
 * {@code ~/.naober/local}), the platform app, two demo municipalities with three villages each,
 * and signed demo tokens to call the API with. For development and demos only.
 */
package nl.naober.local;
