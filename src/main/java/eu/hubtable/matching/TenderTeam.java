package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.csv.CsvTable;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tender's team sheet: every role with each party invited to it (accepted first), or a line saying
 * it is missing. For an organisation, the person is the manager who answered. The caller checks access.
 */
@Component
class TenderTeam {

    private final JdbcClient jdbc;
    private final I18NProvider i18n;

    TenderTeam(JdbcClient jdbc, I18NProvider i18n) {
        this.jdbc = jdbc;
        this.i18n = i18n;
    }

    List<TeamRow> rows(long tenderId) {
        return jdbc.sql("""
                select r.name as role, coalesce(m.display_name, a.display_name) as person, o.name as organisation, i.status,
                       case when i.status = 'ACCEPTED' then coalesce(m.email, a.email) end as email
                from tender_role r left join tender_invitation i on i.role_id = r.id
                     left join member m on m.id = i.member_id left join organisation o on o.id = i.organisation_id
                     left join member a on a.id = i.answered_by and i.organisation_id is not null
                where r.tender_id = :tender
                order by r.id, i.status = 'ACCEPTED' desc, i.status = 'PENDING' desc, i.id""")
                .param("tender", tenderId)
                .query((rs, n) -> new TeamRow(rs.getString("role"), rs.getString("person"), rs.getString("organisation"),
                        rs.getString("status") == null ? null : InvitationStatus.valueOf(rs.getString("status")), rs.getString("email")))
                .list();
    }

    /** UTF-8 CSV whose typed cells never run as spreadsheet formulas; headers and statuses in the reader's language. */
    String csv(List<TeamRow> rows, Locale locale) {
        return new CsvTable<TeamRow>()
                .column(i18n.getTranslation("tender.team.role", locale), TeamRow::role)
                .column(i18n.getTranslation("tender.team.party", locale), TeamRow::person)
                .column(i18n.getTranslation("tender.team.organisation", locale), TeamRow::organisation)
                .column(i18n.getTranslation("tender.team.status", locale), row -> i18n.getTranslation(
                        row.status() == null ? "tender.role.missing" : "tender.status." + row.status().name(), locale))
                .column(i18n.getTranslation("tender.team.email", locale), TeamRow::email)
                .write(rows);
    }
}
