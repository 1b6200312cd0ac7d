package nl.naober.zgwfake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Zaken API's rules (Zaken 1.5.1 and Open Zaak's behaviour): RSIN and BSN 11-proof, references must
 * exist, roltype/statustype/eigenschap/informatieobjecttype must belong to the zaak's zaaktype,
 * {@code identificatie} unique per {@code bronorganisatie}. A client sees and uses only zaken of its own
 * RSIN (each municipality has its own case system; the fake holds several in one process).
 */
@Service
class ZakenService {

    static final String PATH = "/zaken/api/v1";
    private static final String MISMATCH = "zaaktype-mismatch";
    private static final String MISMATCH_REASON = "De referentie hoort niet bij het zaaktype van de zaak.";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Catalog catalog;
    private final DocumentenService documenten;
    private final Notifier notifier;
    final Store zaken = new Store();
    final Store rollen = new Store();
    final Store statussen = new Store();
    final Store zaakeigenschappen = new Store();
    final Store zaakinformatieobjecten = new Store();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, String> identificaties = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    ZakenService(Catalog catalog, DocumentenService documenten, Notifier notifier) {
        this.catalog = catalog;
        this.documenten = documenten;
        this.notifier = notifier;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String url(String baseUrl, String resource, String uuid) {
        return baseUrl + PATH + "/" + resource + "/" + uuid;
    }

    static boolean visible(JsonNode object, ZgwFakeProperties.Client client) {
        return client.rsin() == null || client.rsin().isEmpty()
                || client.rsin().equals(object.path("bronorganisatie").asString());
    }

    Optional<ObjectNode> liveZaak(String uuid, ZgwFakeProperties.Client client) {
        return zaken.live(uuid).filter(zaak -> visible(zaak, client));
    }

    // ---- zaken ----

    ObjectNode createZaak(JsonNode body, ZgwFakeProperties.Client client, String baseUrl) {
        List<InvalidParam> errors = new ArrayList<>();
        String bronorganisatie = body.path("bronorganisatie").asString();
        ElevenProof.rsin("bronorganisatie", bronorganisatie).ifPresent(errors::add);
        ElevenProof.rsin("verantwoordelijkeOrganisatie", body.path("verantwoordelijkeOrganisatie").asString())
                .ifPresent(errors::add);
        Optional<Catalog.Row> zaaktype = References.resolve("zaaktype", body.path("zaaktype").asString(), baseUrl,
                Catalog.PATH + "/zaaktypen", uuid -> catalog.byUuid("catalogi.zaaktype", uuid), errors);
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        if (!visible(body, client)) {
            throw ZgwException.permissionDenied("Deze client mag geen zaken aanmaken voor bronorganisatie "
                    + bronorganisatie + ".");
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode zaak = nodes.objectNode();
        zaak.put("url", url(baseUrl, "zaken", uuid));
        zaak.put("uuid", uuid);
        synchronized (locks.computeIfAbsent(bronorganisatie, key -> new Object())) {
            String identificatie = body.path("identificatie").asString("");
            if (identificatie.isEmpty()) {
                do {
                    identificatie = "ZAAK-" + LocalDate.now().getYear() + "-"
                            + String.format("%010d", sequence.incrementAndGet());
                } while (identificaties.containsKey(bronorganisatie + "|" + identificatie));
            } else if (identificaties.containsKey(bronorganisatie + "|" + identificatie)) {
                throw ZgwException.validation("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie (" + identificatie + ") bestaat al voor deze bronorganisatie");
            }
            fillZaak(zaak, body, identificatie, zaaktype.orElseThrow());
            zaken.put(uuid, zaak);
            identificaties.put(bronorganisatie + "|" + identificatie, uuid);
        }
        ObjectNode created = Store.copyOf(zaak);
        notifyZaken(created, "zaak", created.path("url").asString(), "create");
        return created;
    }

    private void fillZaak(ObjectNode zaak, JsonNode body, String identificatie, Catalog.Row zaaktype) {
        zaak.put("identificatie", identificatie);
        zaak.put("bronorganisatie", body.path("bronorganisatie").asString());
        zaak.put("omschrijving", body.path("omschrijving").asString(""));
        zaak.put("toelichting", body.path("toelichting").asString(""));
        zaak.put("zaaktype", body.path("zaaktype").asString());
        zaak.put("registratiedatum", body.path("registratiedatum").asString(LocalDate.now().toString()));
        zaak.put("verantwoordelijkeOrganisatie", body.path("verantwoordelijkeOrganisatie").asString());
        zaak.put("startdatum", body.path("startdatum").asString());
        zaak.putNull("einddatum");
        copyOrNull(zaak, body, "einddatumGepland");
        copyOrNull(zaak, body, "uiterlijkeEinddatumAfdoening");
        copyOrNull(zaak, body, "publicatiedatum");
        zaak.put("communicatiekanaal", body.path("communicatiekanaal").asString(""));
        zaak.set("productenOfDiensten", body.has("productenOfDiensten")
                ? body.get("productenOfDiensten").deepCopy() : nodes.arrayNode());
        zaak.put("vertrouwelijkheidaanduiding", body.path("vertrouwelijkheidaanduiding")
                .asString(zaaktype.text("vertrouwelijkheidaanduiding")));
        String betalingsindicatie = body.path("betalingsindicatie").asString("");
        zaak.put("betalingsindicatie", betalingsindicatie);
        zaak.put("betalingsindicatieWeergave", switch (betalingsindicatie) {
            case "nvt" -> "Er is geen sprake van te betalen, met de zaak gemoeide, kosten.";
            case "nog_niet" -> "De met de zaak gemoeide kosten zijn (nog) niet betaald.";
            case "gedeeltelijk" -> "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.";
            case "geheel" -> "De met de zaak gemoeide kosten zijn geheel betaald.";
            default -> "";
        });
        copyOrNull(zaak, body, "laatsteBetaaldatum");
        copyOrNull(zaak, body, "zaakgeometrie");
        copyOrNull(zaak, body, "verlenging");
        zaak.set("opschorting", body.has("opschorting") ? body.get("opschorting").deepCopy()
                : nodes.objectNode().put("indicatie", false).put("reden", ""));
        zaak.put("selectielijstklasse", body.path("selectielijstklasse").asString(""));
        copyOrNull(zaak, body, "hoofdzaak");
        zaak.putArray("deelzaken");
        zaak.set("relevanteAndereZaken", body.has("relevanteAndereZaken")
                ? body.get("relevanteAndereZaken").deepCopy() : nodes.arrayNode());
        zaak.putArray("eigenschappen");
        zaak.putArray("rollen");
        zaak.putNull("status");
        zaak.putArray("zaakinformatieobjecten");
        zaak.putArray("zaakobjecten");
        zaak.set("kenmerken", body.has("kenmerken") ? body.get("kenmerken").deepCopy() : nodes.arrayNode());
        copyOrNull(zaak, body, "archiefnominatie");
        zaak.put("archiefstatus", body.path("archiefstatus").asString("nog_te_archiveren"));
        copyOrNull(zaak, body, "archiefactiedatum");
        zaak.putNull("resultaat");
        zaak.put("opdrachtgevendeOrganisatie", body.path("opdrachtgevendeOrganisatie").asString(""));
        zaak.put("processobjectaard", body.path("processobjectaard").asString(""));
        copyOrNull(zaak, body, "startdatumBewaartermijn");
        copyOrNull(zaak, body, "processobject");
    }

    private static void copyOrNull(ObjectNode target, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            target.putNull(field);
        } else {
            target.set(field, value.deepCopy());
        }
    }

    List<ObjectNode> zaken(Map<String, String> filters, ZgwFakeProperties.Client client) {
        String identificatie = filters.get("identificatie");
        String bronorganisatie = filters.get("bronorganisatie");
        if (identificatie != null && bronorganisatie != null) {
            // the idempotency look-up of every delivery: straight from the uniqueness index
            String uuid = identificaties.get(bronorganisatie + "|" + identificatie);
            return (uuid == null ? Optional.<ObjectNode>empty() : zaken.copy(uuid))
                    .filter(zaak -> visible(zaak, client) && matches(zaak, filters, "zaaktype"))
                    .map(List::of).orElse(List.of());
        }
        return zaken.find(zaak -> visible(zaak, client)
                && matches(zaak, filters, "identificatie") && matches(zaak, filters, "bronorganisatie")
                && matches(zaak, filters, "zaaktype"));
    }

    private static boolean matches(JsonNode object, Map<String, String> filters, String field) {
        String wanted = filters.get(field);
        return wanted == null || wanted.equals(object.path(field).asString());
    }

    ObjectNode zaak(String uuid, ZgwFakeProperties.Client client) {
        return liveZaak(uuid, client).map(Store::copyOf).orElseThrow(ZgwException::notFound);
    }

    private void notifyZaken(JsonNode zaak, String resource, String resourceUrl, String actie) {
        Map<String, String> kenmerken = new LinkedHashMap<>();
        kenmerken.put("bronorganisatie", zaak.path("bronorganisatie").asString());
        kenmerken.put("zaaktype", zaak.path("zaaktype").asString());
        kenmerken.put("vertrouwelijkheidaanduiding", zaak.path("vertrouwelijkheidaanduiding").asString());
        notifier.publish("zaken", zaak.path("url").asString(), resource, resourceUrl, actie, kenmerken);
    }

    private ObjectNode requireZaak(JsonNode body, String baseUrl, ZgwFakeProperties.Client client,
            List<InvalidParam> errors) {
        return References.resolve("zaak", body.path("zaak").asString(), baseUrl, PATH + "/zaken",
                uuid -> liveZaak(uuid, client), errors).orElse(null);
    }

    private Catalog.Row zaaktypeOf(ObjectNode zaak) {
        String url;
        synchronized (zaak) {
            url = zaak.path("zaaktype").asString();
        }
        String uuid = url.substring(url.lastIndexOf('/') + 1);
        return catalog.byUuid("catalogi.zaaktype", uuid).orElseThrow();
    }

    /** Whether a roltype/statustype/eigenschap is one of the zaak's zaaktype. */
    private boolean belongsToZaaktype(Catalog.Row child, ObjectNode zaak) {
        Catalog.Row owner = catalog.zaaktypeOfChild(child);
        Catalog.Row zaaktype = zaaktypeOf(zaak);
        return owner.seed() == zaaktype.seed() && owner.pk() == zaaktype.pk();
    }

    private static void append(ObjectNode zaak, String field, String value) {
        synchronized (zaak) {
            ((ArrayNode) zaak.get(field)).add(value);
        }
    }

    // ---- rollen ----

    ObjectNode createRol(JsonNode body, ZgwFakeProperties.Client client, String baseUrl) {
        List<InvalidParam> errors = new ArrayList<>();
        ObjectNode zaak = requireZaak(body, baseUrl, client, errors);
        Optional<Catalog.Row> roltype = References.resolve("roltype", body.path("roltype").asString(), baseUrl,
                Catalog.PATH + "/roltypen", uuid -> catalog.byUuid("catalogi.roltype", uuid), errors);
        JsonNode identificatie = body.path("betrokkeneIdentificatie");
        if ("natuurlijk_persoon".equals(body.path("betrokkeneType").asString())
                && !identificatie.path("inpBsn").asString("").isEmpty()) {
            ElevenProof.bsn("betrokkeneIdentificatie.inpBsn", identificatie.path("inpBsn").asString())
                    .ifPresent(errors::add);
        }
        if (body.path("betrokkene").asString("").isEmpty() && !body.has("betrokkeneIdentificatie")) {
            errors.add(new InvalidParam("nonFieldErrors", "invalid-betrokkene",
                    "`betrokkene` of `betrokkeneIdentificatie` moet opgegeven worden."));
        }
        if (zaak != null && roltype.isPresent() && !belongsToZaaktype(roltype.get(), zaak)) {
            errors.add(new InvalidParam("nonFieldErrors", MISMATCH, MISMATCH_REASON));
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode rol = nodes.objectNode();
        rol.put("url", url(baseUrl, "rollen", uuid));
        rol.put("uuid", uuid);
        rol.put("zaak", body.path("zaak").asString());
        rol.put("betrokkene", body.path("betrokkene").asString(""));
        rol.put("betrokkeneType", body.path("betrokkeneType").asString());
        rol.put("afwijkendeNaamBetrokkene", body.path("afwijkendeNaamBetrokkene").asString(""));
        rol.put("roltype", body.path("roltype").asString());
        rol.put("omschrijving", roltype.get().text("omschrijving"));
        rol.put("omschrijvingGeneriek", roltype.get().text("omschrijving_generiek"));
        rol.put("roltoelichting", body.path("roltoelichting").asString());
        rol.put("registratiedatum", now());
        rol.put("indicatieMachtiging", body.path("indicatieMachtiging").asString(""));
        copyOrNull(rol, body, "contactpersoonRol");
        rol.putArray("statussen");
        if (body.has("betrokkeneIdentificatie")) {
            rol.set("betrokkeneIdentificatie", body.get("betrokkeneIdentificatie").deepCopy());
        }
        rollen.put(uuid, rol);
        append(zaak, "rollen", rol.path("url").asString());
        notifyZaken(Store.copyOf(zaak), "rol", rol.path("url").asString(), "create");
        return Store.copyOf(rol);
    }

    List<ObjectNode> rollen(Map<String, String> filters, ZgwFakeProperties.Client client) {
        return rollen.find(rol -> zaakVisible(rol, client) && matches(rol, filters, "zaak")
                && matches(rol, filters, "roltype") && matches(rol, filters, "betrokkeneType")
                && matches(rol, filters, "omschrijvingGeneriek"));
    }

    private boolean zaakVisible(JsonNode child, ZgwFakeProperties.Client client) {
        String url = child.path("zaak").asString();
        return liveZaak(url.substring(url.lastIndexOf('/') + 1), client).isPresent();
    }

    // ---- zaakeigenschappen ----

    ObjectNode createZaakEigenschap(String zaakUuid, JsonNode body, ZgwFakeProperties.Client client,
            String baseUrl) {
        ObjectNode zaak = liveZaak(zaakUuid, client).orElseThrow(ZgwException::notFound);
        List<InvalidParam> errors = new ArrayList<>();
        if (!url(baseUrl, "zaken", zaakUuid).equals(body.path("zaak").asString())) {
            errors.add(new InvalidParam("zaak", "invalid", "De zaak in de body is niet de zaak van het pad."));
        }
        Optional<Catalog.Row> eigenschap = References.resolve("eigenschap", body.path("eigenschap").asString(),
                baseUrl, Catalog.PATH + "/eigenschappen", uuid -> catalog.byUuid("catalogi.eigenschap", uuid), errors);
        if (eigenschap.isPresent()) {
            if (!belongsToZaaktype(eigenschap.get(), zaak)) {
                errors.add(new InvalidParam("nonFieldErrors", MISMATCH, MISMATCH_REASON));
            } else {
                Catalog.Row specificatie = catalog.specificatie(eigenschap.get());
                String waarde = body.path("waarde").asString();
                int lengte = Integer.parseInt(specificatie.text("lengte").isEmpty() ? "0" : specificatie.text("lengte"));
                if ("tekst".equals(specificatie.text("formaat")) && lengte > 0 && waarde.length() > lengte) {
                    errors.add(new InvalidParam("waarde", "invalid", "De waarde is langer dan de lengte ("
                            + lengte + ") die de eigenschap toestaat."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode zaakEigenschap = nodes.objectNode();
        zaakEigenschap.put("url", url(baseUrl, "zaken", zaakUuid) + "/zaakeigenschappen/" + uuid);
        zaakEigenschap.put("uuid", uuid);
        zaakEigenschap.put("zaak", body.path("zaak").asString());
        zaakEigenschap.put("eigenschap", body.path("eigenschap").asString());
        zaakEigenschap.put("naam", eigenschap.get().text("eigenschapnaam"));
        zaakEigenschap.put("waarde", body.path("waarde").asString());
        zaakeigenschappen.put(uuid, zaakEigenschap);
        append(zaak, "eigenschappen", zaakEigenschap.path("url").asString());
        notifyZaken(Store.copyOf(zaak), "zaakeigenschap", zaakEigenschap.path("url").asString(), "create");
        return Store.copyOf(zaakEigenschap);
    }

    List<ObjectNode> zaakeigenschappen(String zaakUuid, ZgwFakeProperties.Client client, String baseUrl) {
        liveZaak(zaakUuid, client).orElseThrow(ZgwException::notFound);
        String zaakUrl = url(baseUrl, "zaken", zaakUuid);
        return zaakeigenschappen.find(e -> zaakUrl.equals(e.path("zaak").asString()));
    }

    // ---- statussen ----

    ObjectNode createStatus(JsonNode body, ZgwFakeProperties.Client client, String baseUrl) {
        List<InvalidParam> errors = new ArrayList<>();
        ObjectNode zaak = requireZaak(body, baseUrl, client, errors);
        Optional<Catalog.Row> statustype = References.resolve("statustype", body.path("statustype").asString(),
                baseUrl, Catalog.PATH + "/statustypen", uuid -> catalog.byUuid("catalogi.statustype", uuid), errors);
        if (zaak != null && statustype.isPresent() && !belongsToZaaktype(statustype.get(), zaak)) {
            errors.add(new InvalidParam("nonFieldErrors", MISMATCH, MISMATCH_REASON));
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode status = nodes.objectNode();
        status.put("url", url(baseUrl, "statussen", uuid));
        status.put("uuid", uuid);
        status.put("zaak", body.path("zaak").asString());
        status.put("statustype", body.path("statustype").asString());
        status.put("datumStatusGezet", body.path("datumStatusGezet").asString());
        status.put("statustoelichting", body.path("statustoelichting").asString(""));
        status.put("indicatieLaatstGezetteStatus", true);
        status.put("gezetdoor", body.path("gezetdoor").asString(""));
        status.putArray("zaakinformatieobjecten");
        String zaakUrl = body.path("zaak").asString();
        synchronized (zaak) {
            for (ObjectNode earlier : statussen.find(s -> zaakUrl.equals(s.path("zaak").asString()))) {
                statussen.live(earlier.path("uuid").asString()).ifPresent(live -> {
                    synchronized (live) {
                        live.put("indicatieLaatstGezetteStatus", false);
                    }
                });
            }
            statussen.put(uuid, status);
            zaak.put("status", status.path("url").asString());
            if (catalog.isEindstatus(statustype.get())) {
                zaak.put("einddatum", body.path("datumStatusGezet").asString().substring(0, 10));
            }
        }
        notifyZaken(Store.copyOf(zaak), "status", status.path("url").asString(), "create");
        return Store.copyOf(status);
    }

    List<ObjectNode> statussen(Map<String, String> filters, ZgwFakeProperties.Client client) {
        return statussen.find(status -> zaakVisible(status, client) && matches(status, filters, "zaak")
                && matches(status, filters, "statustype"));
    }

    // ---- zaakinformatieobjecten ----

    ObjectNode createZaakInformatieObject(JsonNode body, ZgwFakeProperties.Client client, String baseUrl) {
        List<InvalidParam> errors = new ArrayList<>();
        ObjectNode zaak = requireZaak(body, baseUrl, client, errors);
        String informatieobjectUrl = body.path("informatieobject").asString();
        Optional<ObjectNode> informatieobject = References.resolve("informatieobject", informatieobjectUrl, baseUrl,
                DocumentenService.PATH + "/enkelvoudiginformatieobjecten",
                uuid -> documenten.document(uuid, client), errors);
        if (zaak != null && informatieobject.isPresent()) {
            String iotUrl = informatieobject.get().path("informatieobjecttype").asString();
            Optional<Catalog.Row> iot = catalog.byUuid("catalogi.informatieobjecttype",
                    iotUrl.substring(iotUrl.lastIndexOf('/') + 1));
            if (iot.isEmpty() || !catalog.linked(zaaktypeOf(zaak), iot.get())) {
                errors.add(new InvalidParam("nonFieldErrors", "missing-zaaktype-informatieobjecttype-relation",
                        "Het informatieobjecttype hoort niet bij het zaaktype van de zaak."));
            }
            String zaakUrl = body.path("zaak").asString();
            if (!zaakinformatieobjecten.find(zio -> zaakUrl.equals(zio.path("zaak").asString())
                    && informatieobjectUrl.equals(zio.path("informatieobject").asString())).isEmpty()) {
                errors.add(new InvalidParam("nonFieldErrors", "unique",
                        "De velden zaak, informatieobject moeten een unieke set zijn."));
            }
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode zio = nodes.objectNode();
        zio.put("url", url(baseUrl, "zaakinformatieobjecten", uuid));
        zio.put("uuid", uuid);
        zio.put("informatieobject", informatieobjectUrl);
        zio.put("zaak", body.path("zaak").asString());
        zio.put("aardRelatieWeergave", "Hoort bij, omgekeerd: kent");
        zio.put("titel", body.path("titel").asString(""));
        zio.put("beschrijving", body.path("beschrijving").asString(""));
        zio.put("registratiedatum", now());
        copyOrNull(zio, body, "vernietigingsdatum");
        copyOrNull(zio, body, "status");
        zaakinformatieobjecten.put(uuid, zio);
        append(zaak, "zaakinformatieobjecten", zio.path("url").asString());
        notifyZaken(Store.copyOf(zaak), "zaakinformatieobject", zio.path("url").asString(), "create");
        return Store.copyOf(zio);
    }

    List<ObjectNode> zaakinformatieobjecten(Map<String, String> filters, ZgwFakeProperties.Client client) {
        return zaakinformatieobjecten.find(zio -> zaakVisible(zio, client) && matches(zio, filters, "zaak")
                && matches(zio, filters, "informatieobject"));
    }

    /** Zaken per bronorganisatie and identificatie: how many objects exist for each (for read-outs). */
    Map<String, Map<String, Integer>> zaakCounts(Predicate<JsonNode> filter) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ObjectNode zaak : zaken.find(filter::test)) {
            counts.computeIfAbsent(zaak.path("bronorganisatie").asString(), b -> new LinkedHashMap<>())
                    .merge(zaak.path("identificatie").asString(), 1, Integer::sum);
        }
        return counts;
    }

    void reset() {
        synchronized (this) {
            zaken.clear();
            rollen.clear();
            statussen.clear();
            zaakeigenschappen.clear();
            zaakinformatieobjecten.clear();
            identificaties.clear();
        }
    }
}
