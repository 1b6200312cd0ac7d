package nl.naober.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Naober platform service: the REST API (and later web UI, reports and workers) of all modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NaoberApplication {

    public static void main(String[] args) {
        SpringApplication.run(NaoberApplication.class, args);
    }
}
