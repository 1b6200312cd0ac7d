package nl.naober.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unpacked Keycloak distribution on this machine, built ("augmented") once for the options
 * Naober needs so that every start can use {@code start --optimized} (~13 s instead of ~90 s).
 *
 * <p>The distribution is unpacked by the module's Maven build into
 * {@code ~/.naober/cache/keycloak/keycloak-<version>}; {@code NAOBER_KEYCLOAK_HOME} (system property
 * or environment variable) points somewhere else.
 */
final class KeycloakDistribution {

    /** The version unpacked by this module's pom ({@code keycloak.version} of the parent). */
    static final String VERSION = "26.7.3";

    /** Build-time options; a change here rebuilds the distribution on the next start (see the marker). */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);
    private static final String MARKER = ".naober-build";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private final Path home;

    KeycloakDistribution(Path home) {
        this.home = home;
    }

    /** The distribution named by {@code NAOBER_KEYCLOAK_HOME}, or else the one in the machine's cache. */
    static KeycloakDistribution locate() {
        String override = System.getProperty("NAOBER_KEYCLOAK_HOME", System.getenv("NAOBER_KEYCLOAK_HOME"));
        Path home = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".naober", "cache", "keycloak", "keycloak-" + VERSION);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": build platform/devservices with Maven once (it unpacks the distribution there), "
                    + "or set NAOBER_KEYCLOAK_HOME");
        }
        return new KeycloakDistribution(home.toAbsolutePath());
    }

    Path home() {
        return home;
    }

    Path script() {
        return home.resolve("bin/kc.sh");
    }

    /**
     * Runs {@code kc.sh build} unless the marker says it was done with the same options. A file
     * lock keeps two JVMs (for example two Maven modules' tests) from building at the same time;
     * the second one waits and then finds the marker.
     */
    void ensureBuilt() {
        String wanted = String.join(" ", BUILD_OPTIONS);
        Path lockFile = home.getParent().resolve(".build.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Path marker = home.resolve(MARKER);
            if (Files.exists(marker) && Files.readString(marker).strip().equals(wanted)) {
                return;
            }
            build(wanted);
            Files.writeString(marker, wanted + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build Keycloak in " + home, e);
        }
    }

    private void build(String options) throws IOException {
        Path buildLog = home.resolve("naober-build.log");
        log.info("Building Keycloak once with {} (takes a minute or two; log: {})", options, buildLog);
        long started = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(script().toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile());
        builder.environment().putAll(javaEnvironment());
        Process process = builder.start();
        try {
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                ProcessTree.stop(process);
                throw new IllegalStateException("Keycloak build took longer than " + BUILD_TIMEOUT
                        + ":\n" + LogTail.of(buildLog));
            }
        } catch (InterruptedException e) {
            ProcessTree.stop(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Keycloak build failed (exit " + process.exitValue() + "):\n"
                    + LogTail.of(buildLog));
        }
        log.info("Keycloak built in {} s", (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * {@code JAVA_HOME} for kc.sh: the caller's, or else the JDK running this JVM, so Keycloak
     * does not fall back to whatever {@code java} is first on the PATH.
     */
    static Map<String, String> javaEnvironment() {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome == null || javaHome.isBlank()) {
            javaHome = System.getProperty("java.home");
        }
        return Map.of("JAVA_HOME", javaHome);
    }
}
