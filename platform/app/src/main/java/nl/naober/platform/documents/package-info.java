/**
 * Documents made with JasperReports, shared by the modules that render them (data-subject export,
 * reports): a template compiled once and kept. Holds no data of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package nl.naober.platform.documents;
