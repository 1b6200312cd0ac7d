package nl.naober.platform.socialmap;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.platform.input.InputReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The social map of a municipality: entries, their search and CSV, the staleness setting. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class SocialMapController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SocialMapService service;
    private final SocialMapImports imports;
    private final SocialMapExport export;
    private final InputReader input;

    SocialMapController(SocialMapService service, SocialMapImports imports, SocialMapExport export,
            InputReader input) {
        this.service = service;
        this.imports = imports;
        this.export = export;
        this.input = input;
    }

    /**
     * Entries matching {@code q} (Dutch full-text search, best first; else name order) and every
     * filter given: {@code category}, {@code targetGroup} (codes), {@code village} (serving it or
     * the whole municipality), {@code stale=true} (not verified within the period). At most 200.
     */
    @GetMapping("/social-map-entries")
    List<SocialMapResponses.EntryView> search(@PathVariable String municipality,
            @RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String targetGroup, @RequestParam(required = false) UUID village,
            @RequestParam(required = false, defaultValue = "false") boolean stale) {
        return service.search(q, category, targetGroup, village, stale);
    }

    @PostMapping("/social-map-entries")
    ResponseEntity<SocialMapResponses.EntryView> create(@PathVariable String municipality,
            @RequestBody SocialMapRequests.EntryRequest request) {
        SocialMapResponses.EntryView entry = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/social-map-entries/"
                + entry.id())).body(entry);
    }

    @GetMapping("/social-map-entries/{entryId}")
    SocialMapResponses.EntryView show(@PathVariable String municipality, @PathVariable UUID entryId) {
        return service.show(entryId);
    }

    /** Replaces the entry's fields; saving counts as verifying it. */
    @PutMapping("/social-map-entries/{entryId}")
    SocialMapResponses.EntryView update(@PathVariable String municipality, @PathVariable UUID entryId,
            @RequestBody SocialMapRequests.EntryRequest request) {
        return service.update(entryId, request);
    }

    /** "Bijgewerkt": the entry was checked and is still right (last verified at and by). */
    @PostMapping("/social-map-entries/{entryId}/verification")
    SocialMapResponses.EntryView verify(@PathVariable String municipality, @PathVariable UUID entryId) {
        return service.verify(entryId);
    }

    /** Every entry as CSV for Excel; the same columns as the import takes. */
    @GetMapping("/social-map-entries/export")
    ResponseEntity<byte[]> export(@PathVariable String municipality) {
        return csv(municipality, export.all());
    }

    /**
     * Uploads a CSV file (the body, {@code text/csv}, at most 2 MB and 1000 rows). All rows valid:
     * imported (201, {@code status=imported}); some rejected: a pending import (201,
     * {@code status=pending}, the rejected rows with line, column and reason); nothing valid or an
     * unreadable file: 400 with every problem, nothing saved.
     */
    @PostMapping("/social-map-imports")
    ResponseEntity<SocialMapResponses.ImportView> upload(@PathVariable String municipality,
            HttpServletRequest request) throws IOException {
        SocialMapResponses.ImportView result = imports.upload(body(request), null);
        return result.id() == null ? ResponseEntity.status(201).body(result)
                : ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality
                        + "/social-map-imports/" + result.id())).body(result);
    }

    @GetMapping("/social-map-imports/{importId}")
    SocialMapResponses.ImportView showImport(@PathVariable String municipality, @PathVariable UUID importId) {
        return imports.show(importId);
    }

    /** Imports the valid rows of the pending import, all in one transaction. */
    @PostMapping("/social-map-imports/{importId}/confirmation")
    SocialMapResponses.ImportView confirm(@PathVariable String municipality, @PathVariable UUID importId) {
        return imports.confirm(importId);
    }

    @DeleteMapping("/social-map-imports/{importId}")
    ResponseEntity<Void> discard(@PathVariable String municipality, @PathVariable UUID importId) {
        imports.discard(importId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/social-map-settings")
    SocialMapResponses.SettingsView settings(@PathVariable String municipality) {
        return service.showSettings();
    }

    @PutMapping("/social-map-settings")
    SocialMapResponses.SettingsView changeSettings(@PathVariable String municipality,
            @RequestBody SocialMapRequests.SettingsChange request) {
        return service.changeSettings(request);
    }

    /** The body, read up to one byte over the limit: a bigger file is refused without reading it all. */
    private byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] read = in.readNBytes(SocialMapImports.MAX_BYTES + 1);
            if (read.length > SocialMapImports.MAX_BYTES) {
                throw new InvalidInputException(List.of(new InvalidInputException.Violation("file",
                        input.text("socialmap.import.too-big", SocialMapImports.MAX_BYTES / (1024 * 1024)))));
            }
            return read;
        }
    }

    /** The export as a download, the same for this endpoint and the page. */
    static ResponseEntity<byte[]> csv(String municipality, byte[] export) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sociale-kaart-" + municipality + ".csv").build().toString())
                .body(export);
    }
}
