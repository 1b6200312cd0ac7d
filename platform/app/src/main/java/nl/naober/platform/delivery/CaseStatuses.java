package nl.naober.platform.delivery;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.naober.kernel.TenantId;
import nl.naober.tenants.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The status back from a municipality's case system (issue #6 item 5), one code path for the
 * webhook and for polling: the zaak's current status is read from the Zaken API (zaak → its status
 * → the statustype's {@code omschrijving} in Catalogi) and written to the intake's delivery, only
 * ever forward in time ({@code datumStatusGezet} later than the one recorded), so a late or repeated
 * notification, or several workers polling the same row, do no harm.
 *
 * <p>Nothing a notification says is taken for true beyond the zaak's URL, and that URL must be a
 * zaak of the municipality's own configured Zaken API; every further URL the case system answers
 * (the status, the statustype) must lie in its configured Zaken or Catalogi API too, so the
 * municipality's JWT never goes anywhere else.
 *
 * <p>A zaak that is closed (an {@code einddatum}, or its status is of the zaaktype's last statustype,
 * {@code isEindstatus}) is recorded as closed on that day and no longer polled: nothing more happens
 * to it, and a request per closed case every round would only load the case system. A notification
 * still reads it, and a later status that is not final reopens it.
 */
@Component
class CaseStatuses {

    private static final Logger log = LoggerFactory.getLogger(CaseStatuses.class);
    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern RESOURCE_PATH = Pattern.compile("/[a-z]+/" + UUID);
    private static final int STATUS_LENGTH = 200;
    private static final int POLL_BATCH = 500;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final DeliveryProperties properties;
    private final ZgwClient client;
    private final JdbcClient jdbc;

    CaseStatuses(DeliveryProperties properties, ZgwClient client, JdbcClient jdbc) {
        this.properties = properties;
        this.client = client;
        this.jdbc = jdbc;
    }

    /** The ZGW settings of a municipality whose intakes go to a case system; empty otherwise. */
    Optional<ZgwSettings> zgwOf(TenantId tenant) {
        MunicipalityChannel channel = properties.channelOf(tenant);
        return channel.channel() == DeliveryChannel.ZGW && channel.zgw() != null && channel.zgw().zakenUrl() != null
                && channel.zgw().catalogiUrl() != null ? Optional.of(channel.zgw()) : Optional.empty();
    }

    /**
     * Reads the current status of the zaak at {@code caseUrl} and records it for the intake of the
     * current municipality delivered as that zaak. {@code false} (and nothing read) when the URL is
     * not a zaak of the municipality's Zaken API or no intake of it was delivered as that zaak; also
     * when the recorded status is as new or newer. A case system that is down throws
     * {@link ZgwClient.ZgwUnavailable}; one that refuses (say, the zaak is gone) is logged and ignored.
     */
    boolean refresh(String caseUrl) {
        TenantId tenant = TenantContext.require();
        Optional<ZgwSettings> zgw = zgwOf(tenant);
        if (zgw.isEmpty() || !isResource(zgw.get().zakenUrl(), "zaken", caseUrl)) {
            return false;
        }
        boolean known = jdbc.sql("select count(*) from intake_delivery where case_url = :url and channel = 'ZGW'")
                .param("url", caseUrl)
                .query(Long.class)
                .single() > 0;
        if (!known) {
            return false;
        }
        try {
            Read read = read(zgw.get(), caseUrl);
            boolean changed = read.status() != null && record(caseUrl, read.status(), read.closedOn());
            // closed without a newer status to record it with (say, the einddatum set on its own)
            return (read.closedOn() != null && recordClosed(caseUrl, read.closedOn())) || changed;
        } catch (PermanentDeliveryFailure e) {
            log.warn("Case system of {} refused the status read-back of a zaak: {}", tenant.slug(), e.reason());
            return false;
        }
    }

    /**
     * One polling round for the current municipality: the status of every delivered intake whose
     * case is neither decided nor closed. The number of intakes whose status changed.
     */
    int pollCurrent() {
        List<String> caseUrls = jdbc.sql("""
                select case_url from intake_delivery
                where status = 'DELIVERED' and channel = 'ZGW' and case_url is not null and decided_on is null
                  and case_closed_on is null
                order by case_status_at nulls first
                limit :limit""")
                .param("limit", POLL_BATCH)
                .query(String.class)
                .list();
        int changed = 0;
        for (String caseUrl : caseUrls) {
            if (refresh(caseUrl)) {
                changed++;
            }
        }
        return changed;
    }

    private record Status(String omschrijving, Instant setAt, boolean last) {
    }

    /**
     * What one read of the zaak tells: its current status ({@code null} if none or not usable) and
     * the day it was closed ({@code null} while open).
     */
    private record Read(Status status, LocalDate closedOn) {
    }

    private Read read(ZgwSettings zgw, String caseUrl) {
        ZgwClient.Session session = client.session(zgw);
        JsonNode zaak = session.get(URI.create(caseUrl));
        LocalDate einddatum = date(zaak.path("einddatum").asString(""));
        Status status = status(zgw, session, caseUrl, zaak);
        LocalDate closedOn = einddatum != null ? einddatum
                : status != null && status.last() ? LocalDate.ofInstant(status.setAt(), ZONE) : null;
        return new Read(status, closedOn);
    }

    private static LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            log.warn("Case system answered a zaak with an invalid einddatum; ignored");
            return null;
        }
    }

    private Status status(ZgwSettings zgw, ZgwClient.Session session, String caseUrl, JsonNode zaak) {
        String statusUrl = zaak.path("status").asString("");
        if (statusUrl.isEmpty()) {
            return null;
        }
        if (!isResource(zgw.zakenUrl(), "statussen", statusUrl)) {
            log.warn("Case system answered a status outside its Zaken API; ignored");
            return null;
        }
        JsonNode status = session.get(URI.create(statusUrl));
        String statustypeUrl = status.path("statustype").asString("");
        if (!caseUrl.equals(status.path("zaak").asString("")) || !isResource(zgw.catalogiUrl(), "statustypen",
                statustypeUrl)) {
            log.warn("Case system answered a status of another zaak or a statustype outside its Catalogi API; ignored");
            return null;
        }
        Instant setAt;
        try {
            setAt = OffsetDateTime.parse(status.path("datumStatusGezet").asString("")).toInstant();
        } catch (DateTimeParseException e) {
            log.warn("Case system answered a status without a valid datumStatusGezet; ignored");
            return null;
        }
        JsonNode statustype = session.get(URI.create(statustypeUrl));
        String omschrijving = statustype.path("omschrijving").asString("").strip();
        if (omschrijving.isEmpty()) {
            return null;
        }
        return new Status(omschrijving.length() > STATUS_LENGTH ? omschrijving.substring(0, STATUS_LENGTH)
                : omschrijving, setAt, statustype.path("isEindstatus").asBoolean(false));
    }

    /**
     * One statement, forward only: a concurrent or later-arriving older status changes nothing. The
     * closing day goes with the newest status, so a later status that is not final reopens the case.
     */
    private boolean record(String caseUrl, Status status, LocalDate closedOn) {
        return jdbc.sql("""
                update intake_delivery set case_status = :status, case_status_at = :at, case_closed_on = :closed
                where case_url = :url and channel = 'ZGW' and (case_status_at is null or case_status_at < :at)""")
                .param("status", status.omschrijving())
                .param("at", Timestamp.from(status.setAt()))
                .param("closed", closedOn == null ? null : java.sql.Date.valueOf(closedOn), java.sql.Types.DATE)
                .param("url", caseUrl)
                .update() > 0;
    }

    /** Marks a case closed that was recorded as open; a case already closed keeps its day. */
    private boolean recordClosed(String caseUrl, LocalDate closedOn) {
        return jdbc.sql("""
                update intake_delivery set case_closed_on = :closed
                where case_url = :url and channel = 'ZGW' and case_closed_on is null""")
                .param("closed", java.sql.Date.valueOf(closedOn))
                .param("url", caseUrl)
                .update() > 0;
    }

    /**
     * Whether {@code url} is exactly {@code <api>/<collection>/<uuid>} of this API: same scheme, host
     * and port, no user info, query or fragment, no dot segments. Only such URLs are ever looked up
     * or called with the municipality's JWT.
     */
    static boolean isResource(URI api, String collection, String url) {
        if (url == null || url.length() > 1000 || !url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String base = api.getPath() == null ? "" : api.getPath().replaceAll("/+$", "");
        String path = uri.getRawPath();
        return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                && uri.getRawFragment() == null && path != null
                && api.getScheme().equalsIgnoreCase(uri.getScheme())
                && api.getHost() != null && api.getHost().equalsIgnoreCase(uri.getHost())
                && port(api) == port(uri)
                && path.startsWith(base + "/" + collection + "/")
                && RESOURCE_PATH.matcher(path.substring(base.length())).matches();
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
