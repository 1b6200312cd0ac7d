package nl.naober.zgwfake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only Catalogi data, seeded from Open Zaak fixture files (Django {@code dumpdata} format): Open
 * Formulieren's Open Zaak fixtures plus the project's own WMO catalogue ({@code naober-wmo-catalogus.json},
 * whose UUIDs are the ones in {@code wmo-melding-example-payloads.json}). Rendered in the shape of Catalogi
 * 1.3.1 with absolute URLs for the base URL of the request.
 */
@Component
class Catalog {

    static final String PATH = "/catalogi/api/v1";
    private static final String[] SEEDS = {"/zgw/examples/openforms-open_zaak_fixtures.json",
            "/zgw/naober-wmo-catalogus.json"};

    /** One fixture row: model name, primary key within its file, fields, and the seed file it came from. */
    record Row(String model, int seed, int pk, JsonNode fields) {

        String uuid() {
            return fields.path("uuid").asString();
        }

        String text(String name) {
            JsonNode value = fields.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }

        int ref(String name) {
            return fields.path(name).asInt(-1);
        }
    }

    private final Map<String, List<Row>> byModel = new LinkedHashMap<>();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    Catalog() {
        for (int seed = 0; seed < SEEDS.length; seed++) {
            load(seed, SEEDS[seed]);
        }
    }

    private void load(int seed, String location) {
        try (InputStream in = Catalog.class.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + location);
            }
            for (JsonNode row : Problems.JSON.readTree(in)) {
                if (row.has("pk")) {
                    byModel.computeIfAbsent(row.path("model").asString(), m -> new ArrayList<>())
                            .add(new Row(row.path("model").asString(), seed, row.path("pk").asInt(), row.path("fields")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    List<Row> rows(String model) {
        return byModel.getOrDefault(model, List.of());
    }

    Optional<Row> byUuid(String model, String uuid) {
        return rows(model).stream().filter(row -> row.uuid().equals(uuid)).findFirst();
    }

    Optional<Row> byPk(String model, int seed, int pk) {
        return rows(model).stream().filter(row -> row.seed() == seed && row.pk() == pk).findFirst();
    }

    List<Row> children(String model, Row zaaktype) {
        return rows(model).stream()
                .filter(row -> row.seed() == zaaktype.seed() && row.ref("zaaktype") == zaaktype.pk()).toList();
    }

    static String url(String baseUrl, String resource, String uuid) {
        return baseUrl + PATH + "/" + resource + "/" + uuid;
    }


    private Row zaaktypeOf(Row row) {
        return byPk("catalogi.zaaktype", row.seed(), row.ref("zaaktype")).orElseThrow();
    }

    private String catalogusUrl(String baseUrl, Row row) {
        return byPk("catalogi.catalogus", row.seed(), row.ref("catalogus"))
                .map(catalogus -> url(baseUrl, "catalogussen", catalogus.uuid())).orElseThrow();
    }

    private static void putNullable(ObjectNode node, String name, String value) {
        if (value == null || value.isEmpty()) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private ArrayNode jsonList(String raw) {
        ArrayNode list = nodes.arrayNode();
        try {
            Problems.JSON.readTree(raw == null || raw.isEmpty() ? "[]" : raw).forEach(list::add);
        } catch (RuntimeException e) {
            // fixture stores lists as JSON text; anything else is left empty
        }
        return list;
    }

    ObjectNode zaaktype(String baseUrl, Row row) {
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "zaaktypen", row.uuid()));
        out.put("identificatie", row.text("identificatie"));
        out.put("omschrijving", row.text("zaaktype_omschrijving"));
        out.put("omschrijvingGeneriek", row.text("zaaktype_omschrijving_generiek"));
        out.put("vertrouwelijkheidaanduiding", row.text("vertrouwelijkheidaanduiding"));
        out.put("doel", row.text("doel"));
        out.put("aanleiding", row.text("aanleiding"));
        out.put("toelichting", row.text("toelichting"));
        out.put("indicatieInternOfExtern", row.text("indicatie_intern_of_extern"));
        out.put("handelingInitiator", row.text("handeling_initiator"));
        out.put("onderwerp", row.text("onderwerp"));
        out.put("handelingBehandelaar", row.text("handeling_behandelaar"));
        out.put("doorlooptijd", row.text("doorlooptijd_behandeling"));
        putNullable(out, "servicenorm", row.text("servicenorm_behandeling"));
        out.put("opschortingEnAanhoudingMogelijk", row.fields().path("opschorting_en_aanhouding_mogelijk").asBoolean());
        out.put("verlengingMogelijk", row.fields().path("verlenging_mogelijk").asBoolean());
        putNullable(out, "verlengingstermijn", row.text("verlengingstermijn"));
        out.set("trefwoorden", jsonList(row.text("trefwoorden")));
        out.put("publicatieIndicatie", row.fields().path("publicatie_indicatie").asBoolean());
        out.put("publicatietekst", row.text("publicatietekst"));
        out.set("verantwoordingsrelatie", jsonList(row.text("verantwoordingsrelatie")));
        out.set("productenOfDiensten", jsonList(row.text("producten_of_diensten")));
        out.put("selectielijstProcestype", row.text("selectielijst_procestype"));
        out.putObject("referentieproces").put("naam", row.text("referentieproces_naam"))
                .put("link", row.text("referentieproces_link"));
        out.put("verantwoordelijke", row.text("verantwoordelijke"));
        out.putArray("zaakobjecttypen");
        out.put("catalogus", catalogusUrl(baseUrl, row));
        out.set("statustypen", urls(baseUrl, "statustypen", children("catalogi.statustype", row)));
        out.set("resultaattypen", urls(baseUrl, "resultaattypen", children("catalogi.resultaattype", row)));
        out.set("eigenschappen", urls(baseUrl, "eigenschappen", children("catalogi.eigenschap", row)));
        ArrayNode iots = nodes.arrayNode();
        for (Row link : children("catalogi.zaaktypeinformatieobjecttype", row)) {
            byPk("catalogi.informatieobjecttype", row.seed(), link.ref("informatieobjecttype"))
                    .ifPresent(iot -> iots.add(url(baseUrl, "informatieobjecttypen", iot.uuid())));
        }
        out.set("informatieobjecttypen", iots);
        out.set("roltypen", urls(baseUrl, "roltypen", children("catalogi.roltype", row)));
        out.putArray("besluittypen");
        out.putArray("deelzaaktypen");
        out.putArray("gerelateerdeZaaktypen");
        out.put("beginGeldigheid", row.text("datum_begin_geldigheid"));
        putNullable(out, "eindeGeldigheid", row.text("datum_einde_geldigheid"));
        out.putNull("beginObject");
        out.putNull("eindeObject");
        out.put("versiedatum", row.text("versiedatum"));
        out.put("concept", row.fields().path("concept").asBoolean());
        return out;
    }

    private ArrayNode urls(String baseUrl, String resource, List<Row> rows) {
        ArrayNode list = nodes.arrayNode();
        rows.forEach(row -> list.add(url(baseUrl, resource, row.uuid())));
        return list;
    }

    ObjectNode roltype(String baseUrl, Row row) {
        Row zaaktype = zaaktypeOf(row);
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "roltypen", row.uuid()));
        out.put("zaaktype", url(baseUrl, "zaaktypen", zaaktype.uuid()));
        out.put("zaaktypeIdentificatie", zaaktype.text("identificatie"));
        out.put("omschrijving", row.text("omschrijving"));
        out.put("omschrijvingGeneriek", row.text("omschrijving_generiek"));
        out.put("catalogus", catalogusUrl(baseUrl, zaaktype));
        out.putNull("beginGeldigheid");
        out.putNull("eindeGeldigheid");
        out.putNull("beginObject");
        out.putNull("eindeObject");
        return out;
    }

    ObjectNode statustype(String baseUrl, Row row) {
        Row zaaktype = zaaktypeOf(row);
        int highest = children("catalogi.statustype", zaaktype).stream()
                .mapToInt(status -> status.fields().path("statustypevolgnummer").asInt()).max().orElse(0);
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "statustypen", row.uuid()));
        out.put("omschrijving", row.text("statustype_omschrijving"));
        out.put("omschrijvingGeneriek", row.text("statustype_omschrijving_generiek"));
        out.put("statustekst", row.text("statustekst"));
        out.put("zaaktype", url(baseUrl, "zaaktypen", zaaktype.uuid()));
        out.put("zaaktypeIdentificatie", zaaktype.text("identificatie"));
        out.put("catalogus", catalogusUrl(baseUrl, zaaktype));
        int volgnummer = row.fields().path("statustypevolgnummer").asInt();
        out.put("volgnummer", volgnummer);
        out.put("isEindstatus", volgnummer == highest);
        out.put("informeren", row.fields().path("informeren").asBoolean());
        putNullable(out, "doorlooptijd", row.text("doorlooptijd"));
        putNullable(out, "toelichting", row.text("toelichting"));
        out.putArray("checklistitemStatustype");
        out.putArray("eigenschappen");
        out.putNull("beginGeldigheid");
        out.putNull("eindeGeldigheid");
        out.putNull("beginObject");
        out.putNull("eindeObject");
        out.put("zaakobjecttype", "");
        return out;
    }

    boolean isEindstatus(Row statustype) {
        Row zaaktype = zaaktypeOf(statustype);
        int highest = children("catalogi.statustype", zaaktype).stream()
                .mapToInt(status -> status.fields().path("statustypevolgnummer").asInt()).max().orElse(0);
        return statustype.fields().path("statustypevolgnummer").asInt() == highest;
    }

    ObjectNode eigenschap(String baseUrl, Row row) {
        Row zaaktype = zaaktypeOf(row);
        Row specificatie = specificatie(row);
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "eigenschappen", row.uuid()));
        out.put("naam", row.text("eigenschapnaam"));
        out.put("definitie", row.text("definitie"));
        ObjectNode spec = out.putObject("specificatie");
        spec.put("groep", specificatie.text("groep"));
        spec.put("formaat", specificatie.text("formaat"));
        spec.put("lengte", specificatie.text("lengte"));
        spec.put("kardinaliteit", specificatie.text("kardinaliteit"));
        spec.set("waardenverzameling", jsonList(specificatie.text("waardenverzameling")));
        out.put("toelichting", row.text("toelichting"));
        out.put("zaaktype", url(baseUrl, "zaaktypen", zaaktype.uuid()));
        out.put("zaaktypeIdentificatie", zaaktype.text("identificatie"));
        out.put("catalogus", catalogusUrl(baseUrl, zaaktype));
        out.putNull("statustype");
        out.putNull("beginGeldigheid");
        out.putNull("eindeGeldigheid");
        out.putNull("beginObject");
        out.putNull("eindeObject");
        return out;
    }

    Row specificatie(Row eigenschap) {
        return byPk("catalogi.eigenschapspecificatie", eigenschap.seed(), eigenschap.ref("specificatie_van_eigenschap"))
                .orElseThrow();
    }

    ObjectNode informatieobjecttype(String baseUrl, Row row) {
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "informatieobjecttypen", row.uuid()));
        out.put("catalogus", catalogusUrl(baseUrl, row));
        out.put("omschrijving", row.text("omschrijving"));
        out.put("vertrouwelijkheidaanduiding", row.text("vertrouwelijkheidaanduiding"));
        out.put("beginGeldigheid", row.text("datum_begin_geldigheid"));
        putNullable(out, "eindeGeldigheid", row.text("datum_einde_geldigheid"));
        out.putNull("beginObject");
        out.putNull("eindeObject");
        out.put("concept", row.fields().path("concept").asBoolean());
        ArrayNode zaaktypen = nodes.arrayNode();
        rows("catalogi.zaaktypeinformatieobjecttype").stream()
                .filter(link -> link.seed() == row.seed() && link.ref("informatieobjecttype") == row.pk())
                .forEach(link -> zaaktypen.add(url(baseUrl, "zaaktypen", zaaktypeOf(link).uuid())));
        out.set("zaaktypen", zaaktypen);
        out.putArray("besluittypen");
        out.put("informatieobjectcategorie", row.text("informatieobjectcategorie"));
        out.set("trefwoord", jsonList(row.text("trefwoord")));
        ObjectNode generiek = out.putObject("omschrijvingGeneriek");
        generiek.put("informatieobjecttypeOmschrijvingGeneriek", row.text("omschrijving_generiek_informatieobjecttype"));
        generiek.put("definitieInformatieobjecttypeOmschrijvingGeneriek", row.text("omschrijving_generiek_definitie"));
        generiek.put("herkomstInformatieobjecttypeOmschrijvingGeneriek", row.text("omschrijving_generiek_herkomst"));
        generiek.put("hierarchieInformatieobjecttypeOmschrijvingGeneriek", row.text("omschrijving_generiek_hierarchie"));
        generiek.put("opmerkingInformatieobjecttypeOmschrijvingGeneriek", row.text("omschrijving_generiek_opmerking"));
        return out;
    }

    ObjectNode zaaktypeInformatieobjecttype(String baseUrl, Row row) {
        Row zaaktype = zaaktypeOf(row);
        Row iot = byPk("catalogi.informatieobjecttype", row.seed(), row.ref("informatieobjecttype")).orElseThrow();
        ObjectNode out = nodes.objectNode();
        out.put("url", url(baseUrl, "zaaktype-informatieobjecttypen", row.uuid()));
        out.put("zaaktype", url(baseUrl, "zaaktypen", zaaktype.uuid()));
        out.put("zaaktypeIdentificatie", zaaktype.text("identificatie"));
        out.put("catalogus", catalogusUrl(baseUrl, zaaktype));
        out.put("informatieobjecttype", url(baseUrl, "informatieobjecttypen", iot.uuid()));
        out.put("volgnummer", row.fields().path("volgnummer").asInt());
        out.put("richting", row.text("richting"));
        out.putNull("statustype");
        return out;
    }

    /** Whether the informatieobjecttype is linked to the zaaktype (ZAAKTYPE-INFORMATIEOBJECTTYPE). */
    boolean linked(Row zaaktype, Row informatieobjecttype) {
        return zaaktype.seed() == informatieobjecttype.seed() && children("catalogi.zaaktypeinformatieobjecttype",
                zaaktype).stream().anyMatch(link -> link.ref("informatieobjecttype") == informatieobjecttype.pk());
    }

    Row zaaktypeOfChild(Row child) {
        return zaaktypeOf(child);
    }

    static Comparator<Row> byPk() {
        return Comparator.comparingInt(Row::seed).thenComparingInt(Row::pk);
    }
}
