package nl.naober.zgwfake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * Runs the fake as its own process: {@code java -jar naober-zgw-fake-*-exec.jar} (settings in
 * {@code zgw-fake.yaml}, port {@code server.port}).
 *
 * <p>Auto-configuration is an explicit list, not {@code @EnableAutoConfiguration}: the fake is also started
 * inside other modules' test JVMs ({@link ZgwFake#start}), whose classpath has a DataSource, JPA, Spring
 * Security and more that must not be configured into the fake.
 */
@SpringBootConfiguration
@ComponentScan(basePackageClasses = ZgwFakeApplication.class)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class})
@EnableConfigurationProperties(ZgwFakeProperties.class)
public class ZgwFakeApplication {

    /** The config file name: not {@code application}, so it never clashes with a host module's own. */
    static final String CONFIG_NAME = "zgw-fake";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ZgwFakeApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
