/**
 * Funding and accountability reports (issue #7, PRODUCT.md F12, DESIGN.md §7): the village report
 * of a year (verantwoordingsrapportage) with the supporter's narrative, the cross-village
 * dashboard of the municipality, the public annual report of a village and the platform figures,
 * each as an HTML page, PDF and XLSX (JasperReports) from one {@link
 * nl.naober.platform.reporting.ReportDocument}, so the three formats always show the same figures.
 * <p>
 * The figures come from the modules that own the data, through the SPI of this package: a module
 * implements {@link nl.naober.platform.reporting.FigureSource} and contributes aggregated, typed
 * indicators per village and period (computed in SQL, never rows about persons). This module
 * depends on none of them, so every module can take part (contacts, signals, referrals, carers and
 * funding do now; volunteers, activities, initiatives and WMO intakes plug in the same way, into
 * the sections {@link nl.naober.platform.reporting.Section} already names for them).
 * <p>
 * Outside the supporter's own village report every count below 5 is shown as "&lt;5", with
 * complementary suppression so that no total reveals a hidden cell ({@code SmallNumbers}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports and dashboards")
package nl.naober.platform.reporting;
