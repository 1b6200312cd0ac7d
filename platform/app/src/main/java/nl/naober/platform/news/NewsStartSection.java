package nl.naober.platform.news;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.naober.kernel.Role;
import nl.naober.platform.web.CurrentPage;
import nl.naober.platform.web.StartPageSection;
import org.springframework.stereotype.Component;

/**
 * The latest news on the start page of everyone who reads it (the administrator keeps the feed
 * from its own page): at most {@value #MAX} items shown today for her villages, newest first, and
 * a link to all news.
 */
@Component
class NewsStartSection implements StartPageSection {

    static final int MAX = 3;
    private static final Set<Role> READERS = EnumSet.of(Role.SUPPORTER, Role.SOUNDING_BOARD, Role.POLICY_OFFICER);

    private final NewsService news;

    NewsStartSection(NewsService news) {
        this.news = news;
    }

    @Override
    public String template() {
        return "news/start";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Object> data(CurrentPage page) {
        if (!READERS.contains(page.role())) {
            return Optional.empty();
        }
        return Optional.of(news.latest(MAX));
    }
}
