package nl.naober.zgwfake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Documenten API's rules for ENKELVOUDIGINFORMATIEOBJECTen: RSIN 11-proof, the informatieobjecttype must
 * exist, {@code inhoud} must be base64 whose decoded length equals {@code bestandsomvang}, and
 * {@code identificatie} is unique per {@code bronorganisatie}. The content is kept for the download.
 */
@Service
class DocumentenService {

    static final String PATH = "/documenten/api/v1";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Catalog catalog;
    private final Notifier notifier;
    final Store documenten = new Store();
    private final Map<String, byte[]> inhoud = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, String> identificaties = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    DocumentenService(Catalog catalog, Notifier notifier) {
        this.catalog = catalog;
        this.notifier = notifier;
    }

    static String url(String baseUrl, String uuid) {
        return baseUrl + PATH + "/enkelvoudiginformatieobjecten/" + uuid;
    }

    ObjectNode create(JsonNode body, ZgwFakeProperties.Client client, String baseUrl) {
        List<InvalidParam> errors = new ArrayList<>();
        String bronorganisatie = body.path("bronorganisatie").asString();
        ElevenProof.rsin("bronorganisatie", bronorganisatie).ifPresent(errors::add);
        References.resolve("informatieobjecttype", body.path("informatieobjecttype").asString(), baseUrl,
                Catalog.PATH + "/informatieobjecttypen",
                uuid -> catalog.byUuid("catalogi.informatieobjecttype", uuid), errors);
        byte[] content = null;
        JsonNode encoded = body.get("inhoud");
        if (encoded != null && !encoded.isNull()) {
            try {
                content = Base64.getDecoder().decode(encoded.asString());
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidParam("inhoud", "invalid",
                        "Het bestand is niet geldig base64 gecodeerd: " + e.getMessage()));
            }
        }
        JsonNode omvang = body.get("bestandsomvang");
        if (content != null && omvang != null && !omvang.isNull() && omvang.asLong() != content.length) {
            errors.add(new InvalidParam("bestandsomvang", "file-size-mismatch",
                    "De bestandsomvang (" + omvang.asLong() + ") is niet gelijk aan de grootte van de inhoud ("
                            + content.length + " bytes)."));
        }
        if (!errors.isEmpty()) {
            throw ZgwException.validation(errors);
        }
        if (!ZakenService.visible(body, client)) {
            throw ZgwException.permissionDenied("Deze client mag geen documenten aanmaken voor bronorganisatie "
                    + bronorganisatie + ".");
        }
        String uuid = UUID.randomUUID().toString();
        ObjectNode document = nodes.objectNode();
        synchronized (locks.computeIfAbsent(bronorganisatie, key -> new Object())) {
            String identificatie = body.path("identificatie").asString("");
            if (identificatie.isEmpty()) {
                do {
                    identificatie = "DOCUMENT-" + LocalDate.now().getYear() + "-"
                            + String.format("%010d", sequence.incrementAndGet());
                } while (identificaties.containsKey(bronorganisatie + "|" + identificatie));
            } else if (identificaties.containsKey(bronorganisatie + "|" + identificatie)) {
                throw ZgwException.validation("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie (" + identificatie + ") bestaat al voor deze bronorganisatie");
            }
            fill(document, body, uuid, identificatie, content, baseUrl);
            if (content != null) {
                inhoud.put(uuid, content);
            }
            documenten.put(uuid, document);
            identificaties.put(bronorganisatie + "|" + identificatie, uuid);
        }
        Map<String, String> kenmerken = new LinkedHashMap<>();
        kenmerken.put("bronorganisatie", bronorganisatie);
        kenmerken.put("informatieobjecttype", document.path("informatieobjecttype").asString());
        kenmerken.put("vertrouwelijkheidaanduiding", document.path("vertrouwelijkheidaanduiding").asString());
        String documentUrl = document.path("url").asString();
        notifier.publish("documenten", documentUrl, "enkelvoudiginformatieobject", documentUrl, "create", kenmerken);
        return Store.copyOf(document);
    }

    private void fill(ObjectNode document, JsonNode body, String uuid, String identificatie, byte[] content,
            String baseUrl) {
        document.put("url", url(baseUrl, uuid));
        document.put("identificatie", identificatie);
        document.put("bronorganisatie", body.path("bronorganisatie").asString());
        document.put("creatiedatum", body.path("creatiedatum").asString());
        document.put("titel", body.path("titel").asString());
        document.put("vertrouwelijkheidaanduiding", body.path("vertrouwelijkheidaanduiding").asString(""));
        document.put("auteur", body.path("auteur").asString());
        document.put("status", body.path("status").asString(""));
        document.put("formaat", body.path("formaat").asString(""));
        document.put("taal", body.path("taal").asString());
        document.put("versie", 1);
        document.put("beginRegistratie", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        document.put("bestandsnaam", body.path("bestandsnaam").asString(""));
        if (content == null) {
            document.putNull("inhoud");
        } else {
            document.put("inhoud", url(baseUrl, uuid) + "/download?versie=1");
        }
        if (body.has("bestandsomvang") && !body.get("bestandsomvang").isNull()) {
            document.put("bestandsomvang", body.get("bestandsomvang").asLong());
        } else if (content != null) {
            document.put("bestandsomvang", content.length);
        } else {
            document.putNull("bestandsomvang");
        }
        document.put("link", body.path("link").asString(""));
        document.put("beschrijving", body.path("beschrijving").asString(""));
        copyOrNull(document, body, "ontvangstdatum");
        copyOrNull(document, body, "verzenddatum");
        copyOrNull(document, body, "indicatieGebruiksrecht");
        document.put("verschijningsvorm", body.path("verschijningsvorm").asString(""));
        copyOrNull(document, body, "ondertekening");
        copyOrNull(document, body, "integriteit");
        document.put("informatieobjecttype", body.path("informatieobjecttype").asString());
        document.put("locked", false);
        document.putArray("bestandsdelen");
        document.set("trefwoorden", body.has("trefwoorden") && !body.get("trefwoorden").isNull()
                ? body.get("trefwoorden").deepCopy() : nodes.arrayNode());
    }

    private static void copyOrNull(ObjectNode target, JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            target.putNull(field);
        } else {
            target.set(field, value.deepCopy());
        }
    }

    Optional<ObjectNode> document(String uuid, ZgwFakeProperties.Client client) {
        return documenten.copy(uuid).filter(document -> ZakenService.visible(document, client));
    }

    Optional<byte[]> content(String uuid, ZgwFakeProperties.Client client) {
        return document(uuid, client).map(document -> inhoud.getOrDefault(uuid, new byte[0]));
    }

    List<ObjectNode> documenten(Map<String, String> filters, ZgwFakeProperties.Client client) {
        return documenten.find(document -> ZakenService.visible(document, client)
                && (filters.get("identificatie") == null
                        || filters.get("identificatie").equals(document.path("identificatie").asString()))
                && (filters.get("bronorganisatie") == null
                        || filters.get("bronorganisatie").equals(document.path("bronorganisatie").asString())));
    }

    void reset() {
        documenten.clear();
        inhoud.clear();
        identificaties.clear();
    }
}
