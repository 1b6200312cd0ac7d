package nl.naober.zgwfake;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The read-only part of Catalogi 1.3.1 that a delivery needs. */
@RestController
@RequestMapping(Catalog.PATH)
class CatalogiController {

    private final Catalog catalog;

    CatalogiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/zaaktypen")
    ResponseEntity<JsonNode> zaaktypen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        return list(request, "catalogi.zaaktype", catalog::zaaktype, row -> status(row, filters)
                && (filters.get("identificatie") == null || filters.get("identificatie").equals(row.text("identificatie")))
                && (filters.get("catalogus") == null
                        || filters.get("catalogus").equals(catalog.zaaktype(Http.baseUrl(request), row).path("catalogus").asString())));
    }

    @GetMapping("/zaaktypen/{uuid}")
    ResponseEntity<JsonNode> zaaktype(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.zaaktype", uuid, catalog::zaaktype);
    }

    @GetMapping("/roltypen")
    ResponseEntity<JsonNode> roltypen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        return list(request, "catalogi.roltype", catalog::roltype, row -> childOf(row, filters, request)
                && (filters.get("omschrijvingGeneriek") == null
                        || filters.get("omschrijvingGeneriek").equals(row.text("omschrijving_generiek"))));
    }

    @GetMapping("/roltypen/{uuid}")
    ResponseEntity<JsonNode> roltype(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.roltype", uuid, catalog::roltype);
    }

    @GetMapping("/statustypen")
    ResponseEntity<JsonNode> statustypen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        return list(request, "catalogi.statustype", catalog::statustype, row -> childOf(row, filters, request));
    }

    @GetMapping("/statustypen/{uuid}")
    ResponseEntity<JsonNode> statustype(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.statustype", uuid, catalog::statustype);
    }

    @GetMapping("/eigenschappen")
    ResponseEntity<JsonNode> eigenschappen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        return list(request, "catalogi.eigenschap", catalog::eigenschap, row -> childOf(row, filters, request));
    }

    @GetMapping("/eigenschappen/{uuid}")
    ResponseEntity<JsonNode> eigenschap(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.eigenschap", uuid, catalog::eigenschap);
    }

    @GetMapping("/informatieobjecttypen")
    ResponseEntity<JsonNode> informatieobjecttypen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        String baseUrl = Http.baseUrl(request);
        return list(request, "catalogi.informatieobjecttype", catalog::informatieobjecttype, row -> status(row, filters)
                && (filters.get("omschrijving") == null || filters.get("omschrijving").equals(row.text("omschrijving")))
                && (filters.get("catalogus") == null || filters.get("catalogus")
                        .equals(catalog.informatieobjecttype(baseUrl, row).path("catalogus").asString())));
    }

    @GetMapping("/informatieobjecttypen/{uuid}")
    ResponseEntity<JsonNode> informatieobjecttype(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.informatieobjecttype", uuid, catalog::informatieobjecttype);
    }

    @GetMapping("/zaaktype-informatieobjecttypen")
    ResponseEntity<JsonNode> zaaktypeInformatieobjecttypen(HttpServletRequest request) {
        Map<String, String> filters = Http.filters(request);
        String baseUrl = Http.baseUrl(request);
        return list(request, "catalogi.zaaktypeinformatieobjecttype", catalog::zaaktypeInformatieobjecttype,
                row -> childOf(row, filters, request)
                        && (filters.get("richting") == null || filters.get("richting").equals(row.text("richting")))
                        && (filters.get("informatieobjecttype") == null || filters.get("informatieobjecttype")
                                .equals(catalog.zaaktypeInformatieobjecttype(baseUrl, row)
                                        .path("informatieobjecttype").asString())));
    }

    @GetMapping("/zaaktype-informatieobjecttypen/{uuid}")
    ResponseEntity<JsonNode> zaaktypeInformatieobjecttype(@PathVariable String uuid, HttpServletRequest request) {
        return one(request, "catalogi.zaaktypeinformatieobjecttype", uuid, catalog::zaaktypeInformatieobjecttype);
    }

    /**
     * Open Zaak's {@code status} filter: {@code definitief} (the default: published types only),
     * {@code concept} or {@code alles}.
     */
    private static boolean status(Catalog.Row row, Map<String, String> filters) {
        String status = filters.getOrDefault("status", "definitief");
        boolean concept = row.fields().path("concept").asBoolean(false);
        return switch (status) {
            case "alles" -> true;
            case "concept" -> concept;
            default -> !concept;
        };
    }

    private boolean childOf(Catalog.Row row, Map<String, String> filters, HttpServletRequest request) {
        Catalog.Row zaaktype = catalog.zaaktypeOfChild(row);
        String zaaktypeUrl = Catalog.url(Http.baseUrl(request), "zaaktypen", zaaktype.uuid());
        return status(zaaktype, filters)
                && (filters.get("zaaktype") == null || filters.get("zaaktype").equals(zaaktypeUrl))
                && (filters.get("zaaktypeIdentificatie") == null
                        || filters.get("zaaktypeIdentificatie").equals(zaaktype.text("identificatie")));
    }

    private ResponseEntity<JsonNode> list(HttpServletRequest request, String model,
            BiFunction<String, Catalog.Row, ObjectNode> render, Predicate<Catalog.Row> filter) {
        String baseUrl = Http.baseUrl(request);
        List<ObjectNode> results = catalog.rows(model).stream().filter(filter).sorted(Catalog.byPk())
                .map(row -> render.apply(baseUrl, row)).toList();
        return ResponseEntity.ok(Page.of(results, request.getParameter("page"), Http.requestUrl(request)));
    }

    private ResponseEntity<JsonNode> one(HttpServletRequest request, String model, String uuid,
            BiFunction<String, Catalog.Row, ObjectNode> render) {
        Catalog.Row row = catalog.byUuid(model, uuid).orElseThrow(ZgwException::notFound);
        return ResponseEntity.ok(render.apply(Http.baseUrl(request), row));
    }
}
