package nl.naober.platform.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.naober.kernel.InvalidInputException;
import nl.naober.kernel.ResourceNotFoundException;
import nl.naober.kernel.Role;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.input.InputReader;
import nl.naober.platform.security.Caller;
import nl.naober.platform.users.Colleague;
import nl.naober.platform.users.CurrentColleague;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, changing, withdrawing and reading news items. The municipal administrator sees every
 * item in every state; readers see only the items shown today, and village-bound readers
 * (supporters, sounding-board members) only those for their own villages: anything else is "not
 * found". News holds no personal data, so nothing here is audited.
 */
@Service
@Transactional
class NewsService {

    static final int MAX_TITLE = 120;
    static final int MAX_BODY = 2000;
    static final int MAX_LINK = 500;
    /** How far ahead an item can be scheduled or end: a year is plenty for a news feed. */
    static final int MAX_DAYS_AHEAD = 366;

    private final NewsRepository items;
    private final CurrentColleague colleague;
    private final VillageDirectory villages;
    private final InputReader input;
    private final Clock clock;

    NewsService(NewsRepository items, CurrentColleague colleague, VillageDirectory villages, InputReader input,
            Clock clock) {
        this.items = items;
        this.colleague = colleague;
        this.villages = villages;
        this.input = input.withRequiredMessages("news.required.");
        this.clock = clock;
    }

    NewsResponses.NewsItemView post(NewsRequests.NewsItemRequest request) {
        NewsFacts facts = read(request);
        UUID author = colleague.find().map(Colleague::memberId).orElse(null);
        return view(items.saveAndFlush(new NewsItem(UUID.randomUUID(), facts, author, clock.instant())));
    }

    NewsResponses.NewsItemView change(UUID id, NewsRequests.NewsItemRequest request) {
        NewsItem item = require(id, reader());
        NewsFacts facts = read(request);
        item.change(facts, clock.instant());
        return view(items.saveAndFlush(item));
    }

    /** Withdrawing takes an item off every page at once; withdrawing it again changes nothing. */
    NewsResponses.NewsItemView withdraw(UUID id) {
        NewsItem item = require(id, reader());
        item.withdraw(clock.instant());
        return view(items.saveAndFlush(item));
    }

    /** The items the caller may read, newest publish date first. */
    @Transactional(readOnly = true)
    List<NewsResponses.NewsItemView> list() {
        Reader reader = reader();
        LocalDate today = input.today();
        return items.findAllByOrderByPublishOnDescCreatedAtDesc().stream().filter(i -> reader.reads(i, today))
                .map(this::view).toList();
    }

    /** The newest items shown today to the caller, at most {@code max}. */
    @Transactional(readOnly = true)
    List<NewsResponses.NewsItemView> latest(int max) {
        return list().stream().filter(v -> "published".equals(v.status())).limit(max).toList();
    }

    @Transactional(readOnly = true)
    NewsResponses.NewsItemView show(UUID id) {
        return view(require(id, reader()));
    }

    /** Whether the caller keeps the feed (sees every item and may change them). */
    boolean keepsTheFeed() {
        return reader().admin();
    }

    private NewsItem require(UUID id, Reader reader) {
        LocalDate today = input.today();
        return items.findById(id).filter(i -> reader.reads(i, today))
                .orElseThrow(() -> new ResourceNotFoundException(input.text("news.not-found", id)));
    }

    private NewsFacts read(NewsRequests.NewsItemRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String title = input.requiredText("title", request.title(), MAX_TITLE, errors);
        String body = input.requiredText("body", request.body() == null ? null
                : request.body().replace("\r\n", "\n").replace('\r', '\n'), MAX_BODY, errors);
        NewsTopic topic = input.requiredCode("topic", NewsTopic.class, request.topic(), errors);
        NewsScope scope = input.requiredCode("scope", NewsScope.class, request.scope(), errors);
        String link = link(request.link(), errors);
        LocalDate today = input.today();
        // left empty it is today; a date that is no date is reported and not compared with
        boolean publishGiven = request.publishOn() != null && !request.publishOn().isBlank();
        LocalDate publishOn = publishGiven ? input.optionalDate("publishOn", request.publishOn(), errors) : today;
        if (publishOn != null && publishOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            errors.add("publishOn", input.text("news.publish-on.too-far", MAX_DAYS_AHEAD));
        }
        LocalDate showUntil = input.optionalDate("showUntil", request.showUntil(), errors);
        if (showUntil != null && publishOn != null && showUntil.isBefore(publishOn)) {
            errors.add("showUntil", input.text("news.show-until.before-publish"));
        } else if (showUntil != null && publishOn != null && showUntil.isAfter(publishOn.plusDays(MAX_DAYS_AHEAD))) {
            errors.add("showUntil", input.text("news.show-until.too-far", MAX_DAYS_AHEAD));
        }
        Set<UUID> chosen = villageIds(request.villages(), errors);
        errors.throwIfAny();
        return new NewsFacts(title, body, topic, scope, link, publishOn, showUntil, chosen);
    }

    /** A link to read more: http or https only (no {@code javascript:} or {@code data:} on a page). */
    private String link(String raw, InvalidInputException.Collector errors) {
        String value = input.optionalText("link", raw, MAX_LINK, errors);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && value.chars().noneMatch(Character::isWhitespace)) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other link that is no web address
        }
        errors.add("link", input.text("news.link.invalid"));
        return value;
    }

    private Set<UUID> villageIds(List<UUID> requested, InvalidInputException.Collector errors) {
        if (requested == null || requested.isEmpty()) {
            return Set.of();
        }
        if (requested.contains(null)) {
            errors.add("villages", input.text("news.villages.unknown"));
            return Set.of();
        }
        Set<UUID> wanted = new HashSet<>(requested);
        Set<UUID> active = villages.findAll(wanted).stream().filter(VillageSummary::active).map(VillageSummary::id)
                .collect(Collectors.toSet());
        if (!active.containsAll(wanted)) {
            errors.add("villages", input.text("news.villages.unknown"));
        }
        return wanted;
    }

    private NewsResponses.NewsItemView view(NewsItem item) {
        Map<UUID, String> names = villageNames(item.villages());
        List<String> paragraphs = Arrays.stream(item.body().split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new NewsResponses.NewsItemView(item.id(), item.title(), item.body(), paragraphs,
                CodedValue.code(item.topic()), input.text("news.topic." + CodedValue.code(item.topic())),
                CodedValue.code(item.scope()), input.text("news.scope." + CodedValue.code(item.scope())), item.link(),
                item.publishOn(), item.showUntil(), item.villages().isEmpty(),
                item.villages().stream().map(v -> new NewsResponses.VillageRef(v, names.get(v)))
                        .sorted(java.util.Comparator.comparing(NewsResponses.VillageRef::name,
                                java.util.Comparator.nullsLast(String::compareTo)))
                        .toList(),
                status(item));
    }

    private String status(NewsItem item) {
        LocalDate today = input.today();
        if (item.withdrawnAt() != null) {
            return "withdrawn";
        }
        if (item.publishOn().isAfter(today)) {
            return "scheduled";
        }
        return item.shownOn(today) ? "published" : "ended";
    }

    private Map<UUID, String> villageNames(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : villages.findAll(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(VillageSummary::id, VillageSummary::name));
    }

    /**
     * Who reads, read per request: the administrator keeps the feed and sees everything; the
     * policy officer reads what is shown today in any village; supporters and sounding-board
     * members what is shown today for their own active villages.
     */
    private Reader reader() {
        Caller caller = Caller.current().orElseThrow(() -> new AccessDeniedException("no caller"));
        var me = colleague.find();
        Role role = me.map(Colleague::role).or(caller::mainRole).orElseThrow(() -> new AccessDeniedException("no role"));
        return switch (role) {
            case MUNICIPAL_ADMIN -> new Reader(true, null);
            case POLICY_OFFICER -> new Reader(false, null);
            case SUPPORTER, SOUNDING_BOARD -> new Reader(false, me.map(CurrentColleague::activeVillageIds)
                    .orElse(Set.of()));
            default -> throw new AccessDeniedException("role " + role.code() + " reads no news");
        };
    }

    /** A reader: the administrator, or one who reads what is shown today (in these villages; null = all). */
    private record Reader(boolean admin, Set<UUID> villages) {

        boolean reads(NewsItem item, LocalDate today) {
            if (admin) {
                return true;
            }
            return item.shownOn(today) && (villages == null || item.forAnyOf(villages));
        }
    }
}
