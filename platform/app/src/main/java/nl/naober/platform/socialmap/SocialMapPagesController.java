package nl.naober.platform.socialmap;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceConflictException;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.FormErrors;
import nl.naober.platform.web.FormOption;
import nl.naober.tenants.TenantContext;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The social map's pages: search with filters (and the stale ones), one entry with "Bijgewerkt",
 * a new or changed entry, the CSV import in two steps and the export, and the administrator's
 * staleness period. Each page calls the service methods of the API, so the same checks apply.
 */
@Controller
class SocialMapPagesController {

    private final SocialMapService service;
    private final SocialMapImports imports;
    private final SocialMapExport export;
    private final VillageDirectory villages;
    private final InputReader input;

    SocialMapPagesController(SocialMapService service, SocialMapImports imports, SocialMapExport export,
            VillageDirectory villages, InputReader input) {
        this.service = service;
        this.imports = imports;
        this.export = export;
        this.villages = villages;
        this.input = input;
    }

    /** The filter as typed, shown again with the results. */
    record Filter(String zoek, String categorie, String doelgroep, String dorp, boolean verouderd) {
    }

    @GetMapping("/sociale-kaart")
    Object list(@RequestParam(required = false) String zoek, @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String doelgroep, @RequestParam(required = false) String dorp,
            @RequestParam(required = false) String verouderd,
            @RequestParam(name = "geimporteerd", required = false) Integer imported, Model model) {
        Filter filter = new Filter(zoek, categorie, doelgroep, dorp, verouderd != null);
        model.addAttribute("filter", filter);
        model.addAttribute("imported", imported);
        model.addAttribute("maintainer", service.currentMaintainer().isPresent());
        filterOptions(model);
        UUID village = village(dorp);
        try {
            model.addAttribute("entries", service.search(zoek, categorie, doelgroep, village, filter.verouderd()));
            return "socialmap/list";
        } catch (InvalidInputException e) {
            model.addAttribute("entries", List.of());
            // the API's parameter names are the page's Dutch ones here
            Map<String, String> fields = Map.of("q", "zoek", "category", "categorie", "targetGroup", "doelgroep");
            return FormErrors.rerender("socialmap/list", filter, e.violations().stream()
                    .map(v -> new InvalidInputException.Violation(fields.getOrDefault(v.field(), v.field()), v.message()))
                    .toList());
        }
    }

    @GetMapping("/sociale-kaart/{entryId}")
    String show(@PathVariable UUID entryId, @RequestParam(name = "opgeslagen", required = false) String saved,
            @RequestParam(name = "bijgewerkt", required = false) String verified, Model model) {
        model.addAttribute("entry", service.show(entryId));
        model.addAttribute("saved", saved != null);
        model.addAttribute("verified", verified != null);
        return "socialmap/detail";
    }

    /** "Bijgewerkt": she checked the entry and it is still right. */
    @PostMapping("/sociale-kaart/{entryId}/bijgewerkt")
    String verify(@PathVariable UUID entryId) {
        service.verify(entryId);
        return "redirect:/sociale-kaart/" + entryId + "?bijgewerkt";
    }

    @GetMapping("/sociale-kaart/nieuw")
    String newEntry(CurrentPage page, Model model) {
        service.maintainer();
        model.addAttribute(FormErrors.FORM, EntryForm.empty(page.village().map(VillageSummary::id).orElse(null)));
        return entryForm(null, model);
    }

    @PostMapping("/sociale-kaart/nieuw")
    Object create(EntryForm form, Model model) {
        try {
            SocialMapResponses.EntryView entry = service.create(form.toRequest());
            return "redirect:/sociale-kaart/" + entry.id() + "?opgeslagen";
        } catch (InvalidInputException e) {
            entryForm(null, model);
            return FormErrors.rerender("socialmap/form", form, e);
        }
    }

    @GetMapping("/sociale-kaart/{entryId}/wijzigen")
    String edit(@PathVariable UUID entryId, Model model) {
        SocialMapResponses.EntryView entry = service.show(entryId);
        if (!entry.changeable()) {
            throw new org.springframework.security.access.AccessDeniedException("not hers to change");
        }
        model.addAttribute(FormErrors.FORM, EntryForm.of(entry));
        return entryForm(entry, model);
    }

    @PostMapping("/sociale-kaart/{entryId}/wijzigen")
    Object update(@PathVariable UUID entryId, EntryForm form, Model model) {
        try {
            service.update(entryId, form.toRequest());
            return "redirect:/sociale-kaart/" + entryId + "?opgeslagen";
        } catch (InvalidInputException e) {
            entryForm(service.show(entryId), model);
            return FormErrors.rerender("socialmap/form", form, e);
        }
    }

    @GetMapping("/sociale-kaart/export")
    ResponseEntity<byte[]> export() {
        return SocialMapController.csv(TenantContext.require().slug(), export.all());
    }

    @GetMapping("/sociale-kaart/importeren")
    String importForm(Model model) {
        service.maintainer();
        model.addAttribute("columns", SocialMapCsv.header());
        return "socialmap/import";
    }

    /** The upload: all rows valid, imported at once; some rejected, the report with the choice to go on. */
    @PostMapping("/sociale-kaart/importeren")
    Object upload(@RequestParam(name = "bestand", required = false) MultipartFile file) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(new InvalidInputException.Violation("bestand",
                        input.text("socialmap.import.choose-file"))));
            }
            if (file.getSize() > SocialMapImports.MAX_BYTES) {
                throw new InvalidInputException(List.of(new InvalidInputException.Violation("bestand",
                        input.text("socialmap.import.too-big", SocialMapImports.MAX_BYTES / (1024 * 1024)))));
            }
            SocialMapResponses.ImportView result = imports.upload(file.getBytes(), file.getOriginalFilename());
            return result.id() == null ? "redirect:/sociale-kaart?geimporteerd=" + result.imported()
                    : "redirect:/sociale-kaart/importeren/" + result.id();
        } catch (InvalidInputException e) {
            // the file's problems at the file field; the rejected rows of a file without a valid row below it
            List<InvalidInputException.Violation> fileProblems = e.violations().stream()
                    .filter(v -> !v.field().startsWith("rows[")).map(v -> new InvalidInputException.Violation(
                            "bestand", v.message())).toList();
            List<SocialMapResponses.RejectedRow> rows = e.violations().stream().filter(v -> v.field().startsWith("rows["))
                    .map(SocialMapPagesController::rejectedRow).toList();
            return FormErrors.rerender("socialmap/import", new Object(), fileProblems).addObject("rejected", rows)
                    .addObject("columns", SocialMapCsv.header());
        }
    }

    @GetMapping("/sociale-kaart/importeren/{importId}")
    String report(@PathVariable UUID importId, Model model) {
        report(imports.show(importId), model);
        return "socialmap/import-report";
    }

    private static void report(SocialMapResponses.ImportView report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("expires", report.expiresAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    @PostMapping("/sociale-kaart/importeren/{importId}/bevestigen")
    Object confirm(@PathVariable UUID importId, Model model) {
        try {
            SocialMapResponses.ImportView done = imports.confirm(importId);
            return "redirect:/sociale-kaart?geimporteerd=" + done.imported();
        } catch (ResourceConflictException e) {
            report(imports.show(importId), model);
            return FormErrors.rerender("socialmap/import-report", new Object(),
                    List.of(new InvalidInputException.Violation("confirm", e.getMessage())));
        }
    }

    @PostMapping("/sociale-kaart/importeren/{importId}/verwerpen")
    String discard(@PathVariable UUID importId) {
        imports.discard(importId);
        return "redirect:/sociale-kaart/importeren?verworpen";
    }

    @GetMapping("/sociale-kaart/instellingen")
    String settings(@RequestParam(name = "opgeslagen", required = false) String saved, Model model) {
        model.addAttribute(FormErrors.FORM, new SettingsForm(String.valueOf(service.showSettings().staleAfterMonths())));
        model.addAttribute("saved", saved != null);
        return "socialmap/settings";
    }

    @PostMapping("/sociale-kaart/instellingen")
    Object changeSettings(SettingsForm form, Model model) {
        try {
            service.changeSettings(new SocialMapRequests.SettingsChange(form.months()));
            return "redirect:/sociale-kaart/instellingen?opgeslagen";
        } catch (InvalidInputException e) {
            model.addAttribute("saved", false);
            return FormErrors.rerender("socialmap/settings", form, e);
        }
    }

    /** The staleness period as typed; text that is no whole number is passed on as one no range takes. */
    record SettingsForm(String staleAfterMonths) {

        Integer months() {
            if (staleAfterMonths == null || staleAfterMonths.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(staleAfterMonths.strip());
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
    }

    private static SocialMapResponses.RejectedRow rejectedRow(InvalidInputException.Violation violation) {
        String field = violation.field();
        int close = field.indexOf(']');
        return new SocialMapResponses.RejectedRow(Integer.parseInt(field.substring(5, close)),
                field.substring(close + 2), violation.message());
    }

    private UUID village(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private void filterOptions(Model model) {
        model.addAttribute("categoryOptions", options(Category.values(), "socialmap.category."));
        model.addAttribute("targetGroupOptions", options(TargetGroup.values(), "socialmap.target-group."));
        java.util.Optional<java.util.Set<UUID>> readable = service.readableVillages();
        model.addAttribute("villageOptions", villages.all().stream().filter(VillageSummary::active)
                .filter(v -> readable.map(r -> r.contains(v.id())).orElse(true))
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
    }

    private String entryForm(SocialMapResponses.EntryView entry, Model model) {
        Maintainer maintainer = service.maintainer();
        model.addAttribute("entry", entry);
        model.addAttribute("kinds", options(EntryKind.values(), "socialmap.kind."));
        model.addAttribute("categoryOptions", options(Category.values(), "socialmap.category."));
        model.addAttribute("targetGroupOptions", options(TargetGroup.values(), "socialmap.target-group."));
        model.addAttribute("scopes", List.of(FormOption.message(EntryForm.VILLAGES, "socialmap.field.scope.villages"),
                FormOption.message(EntryForm.WHOLE, "socialmap.field.scope.whole")));
        model.addAttribute("villageOptions", villages.all().stream()
                .filter(v -> v.active() && maintainer.mayChoose(v.id()))
                .map(v -> FormOption.of(v.id().toString(), v.name())).toList());
        model.addAttribute("visibilities", options(Visibility.values(), "socialmap.visibility."));
        return "socialmap/form";
    }

    private static List<FormOption> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> FormOption.message(CodedValue.code(v), prefix + CodedValue.code(v)))
                .toList();
    }
}
