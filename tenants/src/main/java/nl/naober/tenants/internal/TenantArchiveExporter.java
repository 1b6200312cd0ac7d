package nl.naober.tenants.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.naober.tenants.Tenant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes all tables of a tenant schema to a ZIP archive: {@code manifest.json} (municipality,
 * moment, tables and row counts) and one JSON array per table under {@code tables/}. The archive
 * is written to a temporary file and moved into place only when complete, so a crash never
 * leaves a half archive under the final name. It reads as the owner of the schema (the migration
 * login): the app's own login would not see a table it has no privileges on, and the archive
 * would silently miss it.
 */
class TenantArchiveExporter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Path directory;
    private final Clock clock;

    TenantArchiveExporter(JdbcClient jdbc, Path directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    Export export(Tenant tenant) {
        String schema = tenant.id().schema();
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = ? and table_type = 'BASE TABLE' order by table_name""")
                .param(schema).query(String.class).list();
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, tenant.id().slug() + "-", ".zip.partial");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long rows = 0;
            StringBuilder counts = new StringBuilder();
            try (OutputStream file = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(file, sha256))) {
                for (String table : tables) {
                    TableDump dump = jdbc.sql("select count(*) as n, coalesce(json_agg(t), '[]'::json)::text as rows from "
                                    + SchemaNames.quoted(schema) + "." + SchemaNames.quoted(table) + " t")
                            .query((rs, i) -> new TableDump(rs.getLong("n"), rs.getString("rows"))).single();
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".json"));
                    zip.write(dump.json().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    rows += dump.rows();
                    counts.append(counts.isEmpty() ? "" : ",").append('"').append(table).append("\":").append(dump.rows());
                }
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(manifest(tenant, counts.toString()).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Path archive = directory.resolve(tenant.id().slug() + "-" + STAMP.format(clock.instant()) + ".zip");
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Export(archive, HexFormat.of().formatHex(sha256.digest()), tables.size(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Export of " + tenant.id() + " failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String manifest(Tenant tenant, String counts) {
        return jdbc.sql("""
                select json_build_object('municipality', ?::text, 'name', ?::text, 'cbsCode', ?::text, 'rsin', ?::text,
                       'exportedAt', ?::text, 'format', 'naober-tenant-export/1')::jsonb
                       || jsonb_build_object('tables', ?::jsonb)""")
                .params(tenant.id().slug(), tenant.name(), tenant.cbsCode().value(), tenant.rsin().value(),
                        clock.instant().toString(), "{" + counts + "}")
                .query(String.class).single();
    }

    record Export(Path archive, String sha256, int tables, long rows) {
    }

    private record TableDump(long rows, String json) {
    }
}
