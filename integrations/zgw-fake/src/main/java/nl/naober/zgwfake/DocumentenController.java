package nl.naober.zgwfake;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** ENKELVOUDIGINFORMATIEOBJECTen of Documenten 1.4.3; the rules are in {@link DocumentenService}. */
@RestController
@RequestMapping(DocumentenService.PATH)
class DocumentenController {

    private final DocumentenService documenten;

    DocumentenController(DocumentenService documenten) {
        this.documenten = documenten;
    }

    @PostMapping("/enkelvoudiginformatieobjecten")
    ResponseEntity<JsonNode> create(HttpServletRequest request) {
        return Http.created(documenten.create(Http.body(request), Http.client(request), Http.baseUrl(request)));
    }

    @GetMapping("/enkelvoudiginformatieobjecten")
    ResponseEntity<JsonNode> list(HttpServletRequest request) {
        return ResponseEntity.ok(Page.of(documenten.documenten(Http.filters(request), Http.client(request)),
                request.getParameter("page"), Http.requestUrl(request)));
    }

    @GetMapping("/enkelvoudiginformatieobjecten/{uuid}")
    ResponseEntity<JsonNode> one(@PathVariable String uuid, HttpServletRequest request) {
        return ResponseEntity.ok(documenten.document(uuid, Http.client(request)).orElseThrow(ZgwException::notFound));
    }

    @GetMapping("/enkelvoudiginformatieobjecten/{uuid}/download")
    ResponseEntity<byte[]> download(@PathVariable String uuid, HttpServletRequest request) {
        byte[] content = documenten.content(uuid, Http.client(request)).orElseThrow(ZgwException::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(content);
    }
}
