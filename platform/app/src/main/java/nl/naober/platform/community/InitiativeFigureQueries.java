package nl.naober.platform.community;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Sums over initiatives, their history and support, per village. */
interface InitiativeFigureQueries extends Repository<Initiative, UUID> {

    @Query("""
            select i.villageId, i.status, count(i) from Initiative i where i.villageId in :villages
            group by i.villageId, i.status""")
    List<Object[]> byStatusNow(Collection<UUID> villages);

    @Query("""
            select i.villageId, h.status, count(distinct h.initiativeId)
            from InitiativeStatusChange h, Initiative i
            where h.initiativeId = i.id and i.villageId in :villages and h.changedOn between :from and :to
            group by i.villageId, h.status""")
    List<Object[]> reached(Collection<UUID> villages, LocalDate from, LocalDate to);

    @Query("""
            select i.villageId, count(distinct s.initiativeId), count(s), sum(s.minutes), sum(s.requestedAmount),
                   sum(s.grantedAmount)
            from InitiativeSupport s, Initiative i
            where s.initiativeId = i.id and i.villageId in :villages and s.givenOn between :from and :to
            group by i.villageId""")
    List<Object[]> support(Collection<UUID> villages, LocalDate from, LocalDate to);
}
