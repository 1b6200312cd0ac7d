/**
 * Funding (subsidie, issue #7 item 4): per village per year the amount the municipality granted,
 * the hours budget and the hourly rate (per grant, because villages are often served by different
 * organisations with their own rates), and costs besides the hours. The municipal administrator
 * sets them; what was spent is derived (the supporter's registered hours, from the minutes of her
 * contacts, × the rate + the costs) and the page shows over- or underspending. The figures take
 * part in reports through the reporting module's SPI ({@code FundingFigures}).
 * <p>
 * No personal data: cost descriptions are written for the accounts (encrypted at rest as every
 * free text), so the module takes no part in retention or the data-subject export, and nothing
 * here is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package nl.naober.platform.funding;
