package nl.naober.platform.profiles;

import java.util.UUID;

/** The addresses of the public pages (no login), one place for the controllers and the templates. */
final class PublicPaths {

    static final String MUNICIPALITY = "/publiek/{municipality}";
    static final String VILLAGE = "/publiek/{municipality}/{village}";
    static final String PHOTO = "/publiek/{municipality}/dorpsondersteuners/{supporterId}/foto";

    private PublicPaths() {
    }

    static String photo(String municipality, UUID supporter, String etag) {
        return "/publiek/" + municipality + "/dorpsondersteuners/" + supporter + "/foto?v=" + etag.substring(0, 16);
    }
}
