package eu.hubtable.matching;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A week and a day before a tender's deadline, its lead and the parties still in it (pending or
 * accepted) get a reminder. Each is sent once: the row in {@code tender_reminder} is written in the
 * same transaction as the mail, and its key refuses a second one (another node, a second run).
 * A card opened late gets only the nearest reminder.
 */
@Component
class TenderReminders {

    /** Days before the deadline, largest first. */
    static final List<Integer> DAYS_BEFORE = List.of(7, 1);

    private final JdbcClient jdbc;
    private final TenderMail mail;
    private final Clock clock;

    TenderReminders(JdbcClient jdbc, TenderMail mail, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
    }

    /** Queues the reminders due now; returns how many. */
    @Scheduled(fixedDelay = 30, initialDelay = 2, timeUnit = TimeUnit.MINUTES)
    @Transactional
    public int remindNearDeadlines() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        record Due(long id, LocalDate deadline) {
        }
        List<Due> due = jdbc.sql("select id, deadline from tender where deadline between :today and :horizon order by deadline, id")
                .param("today", today).param("horizon", today.plusDays(DAYS_BEFORE.getFirst()))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        int sent = 0;
        for (Due tender : due) {
            long daysLeft = ChronoUnit.DAYS.between(today, tender.deadline());
            int threshold = DAYS_BEFORE.stream().filter(days -> daysLeft <= days).reduce((first, second) -> second).orElseThrow();
            for (long member : recipients(tender.id())) {
                int fresh = jdbc.sql("""
                        insert ignore into tender_reminder (tender_id, member_id, days_before, sent_at)
                        values (:tender, :member, :days, :now)""")
                        .param("tender", tender.id()).param("member", member).param("days", threshold)
                        .param("now", Timestamp.from(now)).update();
                if (fresh == 1 && mail.remind(tender.id(), member, daysLeft)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The lead, invited members who have not declined, and for organisations: the manager who accepted, or all managers while pending. */
    private List<Long> recipients(long tenderId) {
        return jdbc.sql("""
                select lead_id from tender where id = :tender
                union select member_id from tender_invitation
                      where tender_id = :tender and member_id is not null and status in ('PENDING', 'ACCEPTED')
                union select answered_by from tender_invitation
                      where tender_id = :tender and organisation_id is not null and status = 'ACCEPTED' and answered_by is not null
                union select om.member_id from tender_invitation i
                      join organisation_membership om on om.organisation_id = i.organisation_id and om.role = 'MANAGER'
                      where i.tender_id = :tender and i.status = 'PENDING'""")
                .param("tender", tenderId).query(Long.class).list();
    }
}
