package nl.naober.platform.referrals;

import java.util.List;
import java.util.UUID;
import nl.naober.platform.input.CodedValue;
import nl.naober.platform.reporting.Figure;
import nl.naober.platform.reporting.FigureQuery;
import nl.naober.platform.reporting.FigureSource;
import nl.naober.platform.reporting.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's figures for reports: referrals made in the period per village by where they stand
 * now (sent, accepted, completed, …). For the municipality, not the public report: with few
 * referrals per village an outcome is too close to a person's story.
 */
@Component
@Transactional(readOnly = true)
class ReferralFigures implements FigureSource {

    private final JdbcClient jdbc;

    ReferralFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(FigureQuery query) {
        return jdbc.sql("""
                select village_id, status, count(*) as n from referral
                where village_id in (:villages) and referred_on between :from and :to group by 1, 2""")
                .param("villages", query.villages()).param("from", query.from()).param("to", query.to())
                .query((rs, i) -> {
                    ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
                    return Figure.count(rs.getObject("village_id", UUID.class), Section.REFERRALS,
                            CodedValue.code(status), "referral.status." + CodedValue.code(status), status.ordinal(),
                            rs.getLong("n"), Figure.Audience.MUNICIPAL);
                }).list();
    }
}
