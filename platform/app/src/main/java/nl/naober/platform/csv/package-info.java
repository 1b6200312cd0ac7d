/**
 * CSV for Dutch Excel, in one place: {@link nl.naober.platform.csv.CsvWriter} writes the exports
 * (UTF-8 with BOM, {@code ;}, CRLF, RFC 4180 quoting, formula cells defused) and
 * {@link nl.naober.platform.csv.CsvReader} reads uploads (UTF-8 with or without BOM, {@code ;} or
 * {@code ,} detected from the header, RFC 4180 quotes), so an export can be imported again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSV reading and writing")
package nl.naober.platform.csv;
