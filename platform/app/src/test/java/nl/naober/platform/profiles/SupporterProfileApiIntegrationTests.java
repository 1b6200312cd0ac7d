package nl.naober.platform.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import nl.naober.kernel.TenantId;
import nl.naober.platform.ApiClient;
import nl.naober.platform.Workspace;
import nl.naober.testing.TestTokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The supporter's own profile through the API, its photo, and what the public village page shows of it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupporterProfileApiIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SECRET_MARKER = "GPS 52.3731 6.9822 GEHEIM";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Workspace workspace;
    String denekamp;
    String ootmarsum;
    Workspace.Colleague anna;
    Workspace.Colleague bert;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        workspace = Workspace.create(api, jdbc, "profiel");
        denekamp = workspace.village("Denekamp");
        ootmarsum = workspace.village("Ootmarsum");
        anna = workspace.colleague("supporter", denekamp);
        bert = workspace.colleague("supporter", ootmarsum);
    }

    @Test
    void beforeSavingASupporterSeesASuggestionWithHerFirstNameUnpublished() {
        ApiClient.Response mine = api.get(profile(), anna.token());

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("saved").asBoolean()).isFalse();
        assertThat(mine.json().get("displayName").asString()).isEqualTo("Test");
        assertThat(mine.json().get("published").asBoolean()).isFalse();
        assertThat(workspace.count("supporter_profile")).isZero();
    }

    @Test
    void aSavedProfileIsShownOnHerVillagesPageOnlyOncePublishedAndEveryChangeIsAudited() {
        ApiClient.Response draft = api.put(profile(), anna.token(), body(false));
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.json().get("languages").toString()).isEqualTo("[\"dutch\",\"twents\"]");
        assertThat(villagePage("denekamp").body().text()).doesNotContain("Anna Lubbers").doesNotContain("0541 512345");

        ApiClient.Response published = api.put(profile(), anna.token(), body(true));
        assertThat(published.json().get("published").asBoolean()).isTrue();
        Document page = villagePage("denekamp");
        assertThat(page.select("main h3").eachText()).containsExactly("Anna Lubbers");
        assertThat(page.selectFirst("main").text()).contains("Nederlands, Twents, Papiaments", "0541 512345",
                "anna@dinkelland.example", "Dinsdag 9.00-11.00 uur in het dorpshuis");
        assertThat(page.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:0541512345");
        assertThat(villagePage("ootmarsum").body().text()).doesNotContain("Anna Lubbers");

        api.put(profile(), anna.token(), body(false));
        assertThat(villagePage("denekamp").body().text()).doesNotContain("Anna Lubbers");
        assertThat(audited("UPDATE")).isEqualTo(3);
    }

    @Test
    void invalidInputIsRefusedWithEveryFieldsDutchMessageAndNothingIsSaved() {
        ApiClient.Response refused = api.put(profile(), anna.token(), """
                {"displayName": " ", "languages": ["dutch", "klingon"], "phone": "bel me", "email": "geen-adres",
                 "officeHours": "%s", "published": true}""".formatted("x".repeat(501)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.invalidFields()).containsExactlyInAnyOrder("displayName", "languages", "phone", "email",
                "officeHours");
        assertThat(refused.body()).contains("Vul de naam in die inwoners zien", "geen van de mogelijke keuzes",
                "geldig telefoonnummer", "geldig e-mailadres", "hoogstens 500 tekens");
        assertThat(workspace.count("supporter_profile")).isZero();

        ApiClient.Response unreachable = api.put(profile(), anna.token(),
                "{\"displayName\": \"Anna\", \"published\": true}");
        assertThat(unreachable.status()).isEqualTo(400);
        assertThat(unreachable.invalidFields()).containsExactly("phone");
        assertThat(unreachable.body()).contains("voordat u het profiel publiceert");
        assertThat(workspace.count("supporter_profile")).isZero();
    }

    @Test
    void onlyASupporterHasAProfile() {
        for (String role : List.of("municipal-admin", "sounding-board", "wmo-consultant", "policy-officer",
                "privacy-officer")) {
            String token = TestTokens.of(workspace.slug(), role);
            assertThat(api.get(profile(), token).status()).as(role).isEqualTo(403);
            assertThat(api.put(profile(), token, body(true)).status()).as(role).isEqualTo(403);
        }
        assertThat(api.get(profile(), null).status()).isEqualTo(401);
        assertThat(api.get(profile(), TestTokens.of("elders", "supporter")).status()).isEqualTo(403);
        assertThat(workspace.count("supporter_profile")).isZero();
    }

    @Test
    void aPhotoIsReencodedWithoutItsMetadataAndServedWithItsOwnETagAndCacheHeaders() throws Exception {
        api.put(profile(), anna.token(), body(true));
        HttpResponse<String> uploaded = putPhoto(anna.token(), "image/jpeg", jpegWithComment(1600, 1200));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        String photoUrl = api.get(profile(), anna.token()).json().get("photoUrl").asString();
        assertThat(photoUrl).matches("/publiek/" + workspace.slug() + "/dorpsondersteuners/" + anna.memberId()
                + "/foto\\?v=[0-9a-f]{16}");

        HttpResponse<byte[]> photo = getBytes(photoUrl, null);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(photo.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("public").contains("max-age=604800"));
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertThat(new String(photo.body(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET_MARKER);
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(served.getWidth()).isEqualTo(600);
        assertThat(served.getHeight()).isEqualTo(450);
        assertThat(getBytes(photoUrl, etag).statusCode()).isEqualTo(304);

        assertThat(villagePage("denekamp").select("main img").eachAttr("src")).containsExactly(photoUrl);
        assertThat(villagePage("denekamp").select("main img").eachAttr("alt")).containsExactly("Foto van Anna Lubbers");
    }

    @Test
    void thePhotoOfAnUnpublishedProfileOrARemovedPhotoIsNotServed() throws Exception {
        api.put(profile(), anna.token(), body(false));
        putPhoto(anna.token(), "image/png", png(300, 300));
        String path = "/publiek/" + workspace.slug() + "/dorpsondersteuners/" + anna.memberId() + "/foto";
        assertThat(getBytes(path, null).statusCode()).isEqualTo(404);

        api.put(profile(), anna.token(), body(true));
        assertThat(getBytes(path, null).statusCode()).isEqualTo(200);

        assertThat(api.delete(profile() + "/photo", anna.token()).status()).isEqualTo(204);
        assertThat(getBytes(path, null).statusCode()).isEqualTo(404);
        assertThat(api.get(profile(), anna.token()).json().get("photoUrl").isNull()).isTrue();
    }

    @Test
    void aFileThatIsNoPhotoIsTooLargeOrWouldUnpackIntoTooManyPixelsIsRefusedAndNothingIsSaved() throws Exception {
        HttpResponse<String> text = putPhoto(anna.token(), "image/jpeg", "geen foto".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("geen bruikbare foto");

        HttpResponse<String> large = putPhoto(anna.token(), "image/jpeg", new byte[ProfilePhotos.MAX_BYTES + 1]);
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(large.body()).contains("groter dan 2 MB");

        HttpResponse<String> bomb = putPhoto(anna.token(), "image/png", pngHeaderOnly(40_000, 40_000));
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(bomb.body()).contains("te veel beeldpunten");

        HttpResponse<String> gif = putPhoto(anna.token(), "image/gif", png(10, 10));
        assertThat(gif.statusCode()).isEqualTo(415);
        assertThat(workspace.count("supporter_profile")).isZero();
    }

    private String profile() {
        return workspace.base() + "/supporter-profile";
    }

    private static String body(boolean published) {
        return """
                {"displayName": "Anna Lubbers", "languages": ["twents", "dutch"], "languagesOther": "Papiaments",
                 "phone": "0541 512345", "email": "anna@dinkelland.example",
                 "officeHours": "Dinsdag 9.00-11.00 uur in het dorpshuis", "published": %s}""".formatted(published);
    }

    private Document villagePage(String slug) {
        ApiClient.Response page = api.get("/publiek/" + workspace.slug() + "/" + slug, null);
        assertThat(page.status()).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from " + TenantId.of(workspace.slug()).schema()
                        + ".audit_event where action = ? and record_type = 'supporter-profile'")
                .param(action).query(Integer.class).single();
    }

    private HttpResponse<String> putPhoto(String token, String type, byte[] bytes) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + profile() + "/photo"))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(30, 120, 60));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", bytes);
        return bytes.toByteArray();
    }

    /** A JPEG with a comment segment right after the start marker, as cameras put EXIF and GPS there. */
    static byte[] jpegWithComment(int width, int height) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] comment = SECRET_MARKER.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(jpeg, 0, 2);
        marked.write(0xFF);
        marked.write(0xFE);
        marked.write((comment.length + 2) >> 8);
        marked.write((comment.length + 2) & 0xFF);
        marked.write(comment);
        marked.write(jpeg, 2, jpeg.length - 2);
        assertThat(new String(marked.toByteArray(), StandardCharsets.ISO_8859_1)).contains(SECRET_MARKER);
        return marked.toByteArray();
    }

    /** A valid PNG signature and header announcing a huge image, and nothing else: a decompression bomb's shape. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(header.array());
        return ByteBuffer.allocate(8 + 4 + 4 + 13 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(type)
                .put(header.array()).putInt((int) crc.getValue()).array();
    }
}
