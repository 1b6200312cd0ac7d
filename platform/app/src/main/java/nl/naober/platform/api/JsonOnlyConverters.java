package nl.naober.platform.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads and writes JSON only. Spring MVC registers a converter for every format whose
 * library is on the class path, and JasperReports (the PDF export) brings Jackson 2's XML module:
 * without this, {@code Accept: application/xml} would get XML and XML bodies would be parsed.
 * Converters for any type ({@code *}{@code /*}: bytes for files such as the PDF export, and
 * strings) stay.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConverters implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(JsonOnlyConverters::speaksXml));
    }

    private static boolean speaksXml(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .anyMatch(type -> type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml"));
    }
}
