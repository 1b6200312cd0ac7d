package nl.naober.zgwfake;

import java.util.Optional;

/** The four APIs the fake serves, each under its own base path with its own official document. */
enum ZgwApi {

    CATALOGI("/catalogi/api/v1", "/zgw/catalogi-api-1.3.1.yaml", "1.3.1"),
    ZAKEN("/zaken/api/v1", "/zgw/zaken-api-1.5.1.yaml", "1.5.1"),
    DOCUMENTEN("/documenten/api/v1", "/zgw/documenten-api-1.4.3.yaml", "1.4.3"),
    NOTIFICATIES("/notificaties/api/v1", "/zgw/notificaties-api-1.0.0.yaml", "1.0.0");

    private final String basePath;
    private final String specLocation;
    private final String version;

    ZgwApi(String basePath, String specLocation, String version) {
        this.basePath = basePath;
        this.specLocation = specLocation;
        this.version = version;
    }

    String basePath() {
        return basePath;
    }

    String specLocation() {
        return specLocation;
    }

    String version() {
        return version;
    }

    static Optional<ZgwApi> forPath(String path) {
        for (ZgwApi api : values()) {
            if (path.equals(api.basePath) || path.startsWith(api.basePath + "/")) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }
}
