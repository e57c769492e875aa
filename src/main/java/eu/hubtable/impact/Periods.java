package eu.hubtable.impact;

import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.Role;
import eu.hubtable.organisation.Organisations;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read a hub's impact (its managers, the platform's admins) and which periods make sense. */
@Component
class Periods {

    static final int MAX_DAYS = 3660;

    private final Organisations organisations;
    private final CurrentMember currentMember;

    Periods(Organisations organisations, CurrentMember currentMember) {
        this.organisations = organisations;
        this.currentMember = currentMember;
    }

    /** The caller may read the hub's figures and the days from..to make a period; otherwise nothing is computed. */
    Period check(long hubId, @Nullable LocalDate from, @Nullable LocalDate to) {
        var me = currentMember.require();
        if (!me.hasRole(Role.ADMIN) && !organisations.isManager(hubId, me.memberId())) {
            throw new AccessDeniedException("Only managers of hub " + hubId + " see its impact");
        }
        Map<PeriodRejected.Field, String> problems = new EnumMap<>(PeriodRejected.Field.class);
        if (from == null) {
            problems.put(PeriodRejected.Field.FROM, "impact.period.from.required");
        }
        if (to == null) {
            problems.put(PeriodRejected.Field.TO, "impact.period.to.required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.put(PeriodRejected.Field.TO, "impact.period.to.before-from");
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            problems.put(PeriodRejected.Field.TO, "impact.period.too-long");
        }
        if (!problems.isEmpty() || from == null || to == null) {
            throw new PeriodRejected(problems);
        }
        return new Period(from, to);
    }

    record Period(LocalDate from, LocalDate to) {
    }
}
