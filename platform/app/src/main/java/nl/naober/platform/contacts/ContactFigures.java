package nl.naober.platform.contacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.naober.kernel.MainFunction;
import nl.naober.kernel.ProfileFunction;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.FigureSource;
import nl.naober.platform.reporting.Section;
import nl.naober.platform.villages.VillageDirectory;
import nl.naober.platform.villages.VillageSummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's figures for reports, aggregated in SQL per village (never a row about a person):
 * contacts (total, residents reached, open follow-ups), the supporter's hours per function and
 * main function (from the minutes of her contacts), and contacts per theme, channel and route.
 * Public: the total, hours per main function and themes; the open follow-ups are the supporter's
 * own planning and stay in her report; the rest is for the municipality.
 */
@Component
@Transactional(readOnly = true)
class ContactFigures implements FigureSource {

    private static final String PERIOD = " c.village_id in (:villages) and c.contact_date between :from and :to";

    private final JdbcClient jdbc;
    private final VillageDirectory villages;

    ContactFigures(JdbcClient jdbc, VillageDirectory villages) {
        this.jdbc = jdbc;
        this.villages = villages;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        List<Figure> figures = new ArrayList<>();
        for (Row row : rows(query, """
                select c.village_id, count(*) as total, count(distinct c.resident_id) as residents,
                       count(*) filter (where c.follow_up_on is not null and c.follow_up_done_at is null) as open_follow_ups
                from contact c where""" + PERIOD + " group by c.village_id", "total")) {
            figures.add(Figure.count(row.village, Section.CONTACTS, "total", "contacts.figure.total", 1, row.value,
                    Figure.Audience.PUBLIC));
            figures.add(Figure.count(row.village, Section.CONTACTS, "residents", "contacts.figure.residents", 2,
                    row.extra.get("residents"), Figure.Audience.MUNICIPAL));
            figures.add(Figure.count(row.village, Section.CONTACTS, "open-follow-ups", "contacts.figure.open-follow-ups",
                    3, row.extra.get("open_follow_ups"), Figure.Audience.SUPPORTER));
        }
        Map<UUID, Map<MainFunction, Long>> byMain = new HashMap<>();
        Map<UUID, Set<ProfileFunction>> withHours = new HashMap<>();
        for (Row row : rows(query, "select c.village_id, c.function_code as k, sum(c.minutes) as v from contact c where"
                + PERIOD + " group by 1, 2", "v")) {
            ProfileFunction function = ProfileFunction.valueOf(row.key);
            withHours.computeIfAbsent(row.village, v -> EnumSet.noneOf(ProfileFunction.class)).add(function);
            figures.add(new Figure(row.village, Section.HOURS_BY_FUNCTION, function.name(), null,
                    function.name() + " " + label(function), function.ordinal(), Figure.Unit.HOURS,
                    hours(row.value), Figure.Audience.MUNICIPAL));
            byMain.computeIfAbsent(row.village, v -> new EnumMap<>(MainFunction.class))
                    .merge(function.mainFunction(), row.value, Long::sum);
        }
        // once a village has hours in the period, every function of its profile has a row, also
        // without hours: the report accounts for what the village funds her for, and an empty
        // function is part of that story (a period without any hours stays an empty section)
        for (VillageSummary village : villages.findAll(withHours.keySet())) {
            for (ProfileFunction function : village.functions()) {
                if (!withHours.getOrDefault(village.id(), Set.of()).contains(function)) {
                    figures.add(new Figure(village.id(), Section.HOURS_BY_FUNCTION, function.name(), null,
                            function.name() + " " + label(function), function.ordinal(), Figure.Unit.HOURS,
                            hours(0), Figure.Audience.MUNICIPAL));
                }
            }
        }
        byMain.forEach((village, minutes) -> minutes.forEach((main, sum) -> figures.add(new Figure(village,
                Section.HOURS_BY_MAIN_FUNCTION, main.name(), null, main.name() + " " + label(main), main.ordinal(),
                Figure.Unit.HOURS, hours(sum), Figure.Audience.PUBLIC))));
        for (Row row : rows(query, """
                select c.village_id, t.code as k, min(t.label) as label, min(t.position) as position, count(*) as v
                from contact c join contact_theme_link l on l.contact_id = c.id join contact_theme t on t.id = l.theme_id
                where""" + PERIOD + " group by 1, 2", "v")) {
            figures.add(new Figure(row.village, Section.CONTACTS_BY_THEME, row.key, null, row.label,
                    row.extra.get("position").intValue(), Figure.Unit.COUNT, java.math.BigDecimal.valueOf(row.value),
                    Figure.Audience.PUBLIC));
        }
        for (Row row : rows(query, "select c.village_id, c.channel as k, count(*) as v from contact c where" + PERIOD
                + " group by 1, 2", "v")) {
            Channel channel = Channel.valueOf(row.key);
            figures.add(Figure.count(row.village, Section.CONTACTS_BY_CHANNEL, CodedValue.code(channel),
                    "contacts.channel." + CodedValue.code(channel), channel.ordinal(), row.value,
                    Figure.Audience.MUNICIPAL));
        }
        for (Row row : rows(query, "select c.village_id, c.route as k, count(*) as v from contact c where" + PERIOD
                + " group by 1, 2", "v")) {
            Route route = Route.valueOf(row.key);
            figures.add(Figure.count(row.village, Section.CONTACTS_BY_ROUTE, CodedValue.code(route),
                    "contacts.route." + CodedValue.code(route), route.ordinal(), row.value, Figure.Audience.MUNICIPAL));
        }
        return figures;
    }

    private List<Row> rows(FigureQuery query, String sql, String valueColumn) {
        return jdbc.sql(sql).param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    java.sql.ResultSetMetaData meta = rs.getMetaData();
                    Map<String, Long> extra = new HashMap<>();
                    String key = null;
                    String label = null;
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String name = meta.getColumnLabel(c);
                        switch (name) {
                            case "village_id" -> { }
                            case "k" -> key = rs.getString(c);
                            case "label" -> label = rs.getString(c);
                            default -> extra.put(name, rs.getLong(c));
                        }
                    }
                    return new Row(rs.getObject("village_id", UUID.class), key, label, extra.get(valueColumn), extra);
                }).list();
    }

    private static java.math.BigDecimal hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP);
    }

    private static boolean english() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    private static String label(ProfileFunction function) {
        return english() ? function.englishLabel() : function.dutchLabel();
    }

    private static String label(MainFunction function) {
        return english() ? function.englishLabel() : function.dutchLabel();
    }

    private record Row(UUID village, String key, String label, long value, Map<String, Long> extra) {
    }
}
