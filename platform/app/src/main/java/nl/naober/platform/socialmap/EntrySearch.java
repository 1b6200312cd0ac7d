package nl.naober.platform.socialmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds entries with PostgreSQL full-text search in Dutch ({@code websearch_to_tsquery('dutch', …)}
 * against the stored {@code search_vector}, so "vrijwilligers" finds "vrijwilliger"), ranked, with
 * filters that combine (all must hold). Without search words the entries come in name order.
 */
@Component
class EntrySearch {

    /** More hits than anyone reads on a phone; a search narrows it down. */
    static final int MAX_RESULTS = 200;

    private final JdbcClient jdbc;

    EntrySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param words       search words as typed (web search syntax: "quotes", -not, or); blank: none
     * @param category    a category code, or {@code null}
     * @param targetGroup a target group code, or {@code null}
     * @param village     only entries serving this village (or the whole municipality), or {@code null}
     * @param staleBefore only entries last verified before this moment, or {@code null}
     * @param publicOnly  only entries marked public
     * @param within      only entries serving one of these villages (or the whole municipality), or
     *                    {@code null} for all: what a village-bound reader may see
     */
    record Criteria(String words, String category, String targetGroup, UUID village, Instant staleBefore,
            boolean publicOnly, java.util.Set<UUID> within) {
    }

    List<UUID> find(Criteria criteria) {
        StringBuilder sql = new StringBuilder("select e.id from social_map_entry e");
        List<Object> params = new ArrayList<>();
        boolean words = criteria.words() != null && !criteria.words().isBlank();
        if (words) {
            sql.append(", websearch_to_tsquery('dutch', ?) q");
            params.add(criteria.words());
        }
        sql.append(" where true");
        if (words) {
            sql.append(" and e.search_vector @@ q");
        }
        if (criteria.category() != null) {
            sql.append(" and e.categories @> array[?]::text[]");
            params.add(criteria.category());
        }
        if (criteria.targetGroup() != null) {
            sql.append(" and e.target_groups @> array[?]::text[]");
            params.add(criteria.targetGroup());
        }
        if (criteria.village() != null) {
            sql.append(" and (e.whole_municipality or exists (select 1 from social_map_entry_village v"
                    + " where v.entry_id = e.id and v.village_id = ?))");
            params.add(criteria.village());
        }
        if (criteria.within() != null) {
            sql.append(" and (e.whole_municipality");
            if (!criteria.within().isEmpty()) {
                sql.append(" or exists (select 1 from social_map_entry_village w where w.entry_id = e.id and w.village_id in (")
                        .append(String.join(", ", java.util.Collections.nCopies(criteria.within().size(), "?")))
                        .append("))");
                params.addAll(criteria.within());
            }
            sql.append(")");
        }
        if (criteria.staleBefore() != null) {
            sql.append(" and e.last_verified_at < ?");
            params.add(java.sql.Timestamp.from(criteria.staleBefore()));
        }
        if (criteria.publicOnly()) {
            sql.append(" and e.public_entry");
        }
        sql.append(words ? " order by ts_rank_cd(e.search_vector, q) desc, lower(e.name), e.id"
                : " order by lower(e.name), e.id");
        sql.append(" limit ").append(MAX_RESULTS);
        return jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
    }
}
