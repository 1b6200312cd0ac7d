package nl.naober.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Naober platform service: the REST API (and later web UI, reports and workers) of all modules.
 * Scheduling is on for the whole app: modules declare their own {@code @Scheduled} jobs, each with
 * a cron from configuration that {@code -} switches off (tests do).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NaoberApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaoberApplication.class, args);
    }
}
