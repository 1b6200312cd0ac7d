package nl.naober.platform.delivery;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import nl.naober.kernel.TenantId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers one intake to a municipality's case system through the ZGW APIs (1.5 set, SOURCES.md):
 * Catalogi look-up, then zaak, rollen, zaakeigenschap, status, document and zaakinformatieobject.
 * Every step looks before it creates (zaak and document by identificatie, the others in the zaak's
 * lists), so an attempt after one that broke off halfway completes the same zaak. The BSN only ever
 * goes into the rol's body, never into a log line or an exception message.
 */
@Component
class ZgwDelivery {

    private static final int EIGENSCHAP_LENGTH = 200;

    private final DeliveryProperties properties;
    private final ZgwClient client;
    private final JsonMapper json;
    private final Clock clock;

    ZgwDelivery(DeliveryProperties properties, ZgwClient client, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.client = client;
        this.json = json;
        this.clock = clock;
    }

    /** Identification and url of the zaak that holds the intake. */
    record Delivered(String identificatie, String url) {
    }

    /** Attempt {@code attempt} of delivering the intake to the case system of municipality {@code tenant}. */
    Delivered deliver(TenantId tenant, int attempt, DeliverableIntake intake) {
        ZgwSettings zgw = properties.channelOf(tenant).zgw();
        if (zgw == null || zgw.zakenUrl() == null || zgw.catalogiUrl() == null || zgw.documentenUrl() == null
                || zgw.clientId() == null || zgw.secret() == null || zgw.rsin() == null || zgw.zaaktype() == null) {
            throw new PermanentDeliveryFailure("De ZGW-instellingen van deze gemeente zijn onvolledig.");
        }
        ZgwClient.Session s = client.session(zgw);
        JsonNode zaaktype = first(s.get(zgw.catalogiUrl(), "/zaaktypen", "identificatie", zgw.zaaktype()))
                .orElseThrow(() -> new PermanentDeliveryFailure(
                        "Zaaktype " + zgw.zaaktype() + " bestaat niet in de catalogus van de gemeente."));
        String zaaktypeUrl = zaaktype.get("url").asString();
        ArrayNode roltypen = results(s.get(zgw.catalogiUrl(), "/roltypen", "zaaktype", zaaktypeUrl));
        ArrayNode statustypen = results(s.get(zgw.catalogiUrl(), "/statustypen", "zaaktype", zaaktypeUrl));
        ArrayNode eigenschappen = results(s.get(zgw.catalogiUrl(), "/eigenschappen", "zaaktype", zaaktypeUrl));

        JsonNode zaak = first(s.get(zgw.zakenUrl(), "/zaken", "identificatie", intake.reference(), "bronorganisatie",
                zgw.rsin())).orElseGet(() -> s.post(zgw.zakenUrl(), "/zaken", zaakBody(intake, zgw, zaaktypeUrl)));
        String zaakUrl = zaak.get("url").asString();

        ArrayNode rollen = results(s.get(zgw.zakenUrl(), "/rollen", "zaak", zaakUrl));
        String residentRoltype = roltype(roltypen, "belanghebbende");
        if (residentRoltype != null && !has(rollen, "roltype", residentRoltype)) {
            s.post(zgw.zakenUrl(), "/rollen", residentRol(intake, zaakUrl, residentRoltype));
        }
        String supporterRoltype = roltype(roltypen, "mede_initiator");
        if (supporterRoltype != null && !has(rollen, "roltype", supporterRoltype)) {
            s.post(zgw.zakenUrl(), "/rollen", supporterRol(intake, zaakUrl, supporterRoltype));
        }

        String zaakPath = "/zaken/" + zaak.get("uuid").asString();
        JsonNode existingEigenschappen = s.get(zgw.zakenUrl(), zaakPath + "/zaakeigenschappen");
        for (JsonNode eigenschap : eigenschappen) {
            String waarde = eigenschapValue(eigenschap.get("naam").asString(), intake);
            if (waarde != null && !has(existingEigenschappen, "eigenschap", eigenschap.get("url").asString())) {
                ObjectNode body = json.createObjectNode();
                body.put("zaak", zaakUrl);
                body.put("eigenschap", eigenschap.get("url").asString());
                body.put("waarde", waarde);
                s.post(zgw.zakenUrl(), zaakPath + "/zaakeigenschappen", body);
            }
        }

        ArrayNode statussen = results(s.get(zgw.zakenUrl(), "/statussen", "zaak", zaakUrl));
        if (statussen.isEmpty() && !statustypen.isEmpty()) {
            JsonNode firstType = statustypen.get(0);
            for (JsonNode type : statustypen) {
                if (type.get("volgnummer").asInt() < firstType.get("volgnummer").asInt()) {
                    firstType = type;
                }
            }
            ObjectNode body = json.createObjectNode();
            body.put("zaak", zaakUrl);
            body.put("statustype", firstType.get("url").asString());
            body.put("datumStatusGezet", clock.instant().toString());
            body.put("statustoelichting", "Melding ontvangen via de dorpsondersteuner");
            s.post(zgw.zakenUrl(), "/statussen", body);
        }

        if (intake.pdf() != null) {
            JsonNode iotypen = zaaktype.get("informatieobjecttypen");
            if (iotypen != null && !iotypen.isEmpty()) {
                String documentIdentificatie = intake.reference() + "-PDF";
                JsonNode document = first(s.get(zgw.documentenUrl(), "/enkelvoudiginformatieobjecten",
                        "identificatie", documentIdentificatie, "bronorganisatie", zgw.rsin()))
                        .orElseGet(() -> s.post(zgw.documentenUrl(), "/enkelvoudiginformatieobjecten",
                                documentBody(intake, zgw, documentIdentificatie, iotypen.get(0).asString())));
                String documentUrl = document.get("url").asString();
                JsonNode links = s.get(zgw.zakenUrl(), "/zaakinformatieobjecten", "zaak", zaakUrl);
                if (!has(links, "informatieobject", documentUrl)) {
                    ObjectNode body = json.createObjectNode();
                    body.put("zaak", zaakUrl);
                    body.put("informatieobject", documentUrl);
                    body.put("titel", "Intakeverslag Wmo-melding");
                    s.post(zgw.zakenUrl(), "/zaakinformatieobjecten", body);
                }
            }
        }
        return new Delivered(zaak.get("identificatie").asString(), zaakUrl);
    }

    private ObjectNode zaakBody(DeliverableIntake intake, ZgwSettings zgw, String zaaktypeUrl) {
        ObjectNode body = json.createObjectNode();
        body.put("identificatie", intake.reference());
        body.put("bronorganisatie", zgw.rsin());
        body.put("verantwoordelijkeOrganisatie", zgw.rsin());
        body.put("zaaktype", zaaktypeUrl);
        body.put("registratiedatum", intake.meldingDate().toString());
        body.put("startdatum", intake.meldingDate().toString());
        // no BSN and no name: the omschrijving shows in lists of the case system
        body.put("omschrijving", truncate("Wmo-melding via dorpsondersteuner (" + intake.villageName() + ")", 80));
        body.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        ArrayNode kenmerken = body.putArray("kenmerken");
        kenmerken.addObject().put("kenmerk", intake.reference()).put("bron", "Naober");
        return body;
    }

    private ObjectNode residentRol(DeliverableIntake intake, String zaakUrl, String roltype) {
        DeliverableIntake.Resident resident = intake.resident();
        ObjectNode body = json.createObjectNode();
        body.put("zaak", zaakUrl);
        body.put("betrokkeneType", "natuurlijk_persoon");
        body.put("roltype", roltype);
        body.put("roltoelichting", "Inwoner voor wie de Wmo-melding is gedaan");
        body.put("indicatieMachtiging", "machtiginggever");
        ObjectNode id = body.putObject("betrokkeneIdentificatie");
        id.put("inpBsn", resident.bsn());
        id.put("geslachtsnaam", truncate(resident.surname(), 200));
        if (resident.surnamePrefix() != null) {
            id.put("voorvoegselGeslachtsnaam", truncate(resident.surnamePrefix(), 80));
        }
        id.put("voornamen", truncate(resident.givenNames(), 200));
        if (resident.dateOfBirth() != null) {
            id.put("geboortedatum", resident.dateOfBirth().toString());
        }
        return body;
    }

    private ObjectNode supporterRol(DeliverableIntake intake, String zaakUrl, String roltype) {
        ObjectNode body = json.createObjectNode();
        body.put("zaak", zaakUrl);
        body.put("betrokkeneType", "medewerker");
        body.put("roltype", roltype);
        body.put("roltoelichting", truncate("Dorpsondersteuner onder mandaat "
                + (intake.mandate() == null ? "" : intake.mandate().decisionReference()), 1000));
        body.put("indicatieMachtiging", "gemachtigde");
        ObjectNode id = body.putObject("betrokkeneIdentificatie");
        id.put("identificatie", intake.supporter().memberId().toString().substring(0, 24));
        id.put("achternaam", truncate(intake.supporter().name(), 200));
        return body;
    }

    private ObjectNode documentBody(DeliverableIntake intake, ZgwSettings zgw, String identificatie, String type) {
        ObjectNode body = json.createObjectNode();
        body.put("identificatie", identificatie);
        body.put("bronorganisatie", zgw.rsin());
        body.put("creatiedatum", intake.meldingDate().toString());
        body.put("titel", "Intakeverslag Wmo-melding " + intake.reference());
        body.put("auteur", truncate(intake.supporter().name() + " (dorpsondersteuner)", 200));
        body.put("taal", "dut");
        body.put("formaat", intake.pdf().mediaType());
        body.put("bestandsnaam", intake.pdf().fileName());
        body.put("inhoud", Base64.getEncoder().encodeToString(intake.pdf().content()));
        body.put("bestandsomvang", intake.pdf().content().length);
        body.put("vertrouwelijkheidaanduiding", "vertrouwelijk");
        body.put("status", "definitief");
        body.put("indicatieGebruiksrecht", false);
        body.put("informatieobjecttype", type);
        return body;
    }

    /** The intake's value for an eigenschap of the zaaktype, by its name; {@code null} if the intake has none. */
    private static String eigenschapValue(String naam, DeliverableIntake intake) {
        return switch (naam) {
            case "ondersteuningsvraag" -> truncate(String.join(", ", intake.lifeDomains()), EIGENSCHAP_LENGTH);
            default -> null;
        };
    }

    private static String roltype(ArrayNode roltypen, String generiek) {
        for (JsonNode roltype : roltypen) {
            if (generiek.equals(roltype.path("omschrijvingGeneriek").asString())) {
                return roltype.get("url").asString();
            }
        }
        return null;
    }

    private static boolean has(JsonNode list, String field, String value) {
        JsonNode items = list.has("results") ? list.get("results") : list;
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asString())) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode results(JsonNode page) {
        return (ArrayNode) (page.has("results") ? page.get("results") : page);
    }

    private static Optional<JsonNode> first(JsonNode page) {
        ArrayNode results = results(page);
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
