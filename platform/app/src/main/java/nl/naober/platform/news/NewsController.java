package nl.naober.platform.news;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's news items: the administrator posts, changes and withdraws; readers read. */
@RestController
@RequestMapping("/api/v1/municipalities/{municipality}")
class NewsController {

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    @PostMapping("/news-items")
    ResponseEntity<NewsResponses.NewsItemView> post(@PathVariable String municipality,
            @RequestBody NewsRequests.NewsItemRequest request) {
        NewsResponses.NewsItemView item = news.post(request);
        return ResponseEntity.created(URI.create("/api/v1/municipalities/" + municipality + "/news-items/" + item.id()))
                .body(item);
    }

    /** The administrator: every item; readers: the items shown today for their villages. Newest first. */
    @GetMapping("/news-items")
    List<NewsResponses.NewsItemView> list(@PathVariable String municipality) {
        return news.list();
    }

    @GetMapping("/news-items/{newsItemId}")
    NewsResponses.NewsItemView show(@PathVariable String municipality, @PathVariable UUID newsItemId) {
        return news.show(newsItemId);
    }

    @PutMapping("/news-items/{newsItemId}")
    NewsResponses.NewsItemView change(@PathVariable String municipality, @PathVariable UUID newsItemId,
            @RequestBody NewsRequests.NewsItemRequest request) {
        return news.change(newsItemId, request);
    }

    @PostMapping("/news-items/{newsItemId}/withdrawal")
    NewsResponses.NewsItemView withdraw(@PathVariable String municipality, @PathVariable UUID newsItemId) {
        return news.withdraw(newsItemId);
    }
}
