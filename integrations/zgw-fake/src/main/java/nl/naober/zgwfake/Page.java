package nl.naober.zgwfake;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The pagination envelope of the ZGW APIs ({@code count/next/previous/results}, 100 per page). */
final class Page {

    static final int SIZE = 100;

    private Page() {
    }

    static ObjectNode of(List<? extends JsonNode> all, String pageParameter, String requestUrl) {
        int page;
        try {
            page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        } catch (NumberFormatException e) {
            throw ZgwException.notFound();
        }
        int from = (page - 1) * SIZE;
        if (page < 1 || (from >= all.size() && page != 1)) {
            throw ZgwException.notFound();
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("count", all.size());
        if (from + SIZE < all.size()) {
            out.put("next", link(requestUrl, page + 1));
        } else {
            out.putNull("next");
        }
        if (page > 1) {
            out.put("previous", link(requestUrl, page - 1));
        } else {
            out.putNull("previous");
        }
        ArrayNode results = out.putArray("results");
        all.subList(from, Math.min(all.size(), from + SIZE)).forEach(results::add);
        return out;
    }

    private static String link(String requestUrl, int page) {
        return UriComponentsBuilder.fromUriString(requestUrl).replaceQueryParam("page", page).build().toUriString();
    }
}
