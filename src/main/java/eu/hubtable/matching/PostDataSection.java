package eu.hubtable.matching;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.member.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A member's offers and needs: exported with their data, gone with their account (a post speaks for a person). */
@Component
class PostDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    PostDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "posts";
    }

    @Override
    public Object exportFor(long memberId) {
        return ExportRows.readable(jdbc.sql("""
                select direction, kind, title, body, city, country_code, language, expires_on, created_at
                from post where author_id = :id order by created_at""").param("id", memberId).query().listOfRows());
    }

    @EventListener
    void erased(MemberErased erased) {
        jdbc.sql("delete from post where author_id = :id").param("id", erased.memberId()).update();
    }
}
