package eu.hubtable.member;

import eu.hubtable.core.privacy.ExportRows;
import eu.hubtable.core.privacy.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The member module's part of an export: account, profile, and the contact exchange as this member lived it. */
@Component
class MemberDataSection implements PersonalDataSection {

    private final JdbcClient jdbc;

    MemberDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "member";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>(ExportRows.readable(jdbc.sql("""
                select email, display_name, locale, headline, bio, city, country_code, offer, need, phone, website,
                       contact_visibility, engagement_consent_at, created_at, updated_at
                from member where id = :id""").param("id", memberId).query().singleRow()));
        data.put("sectors", list("select sector from member_sector where member_id = :id order by sector", memberId));
        data.put("languages", list("select language from member_language where member_id = :id order by language", memberId));
        data.put("skills", list("select skill from member_skill where member_id = :id order by skill", memberId));
        data.put("links", ExportRows.readable(jdbc.sql("select url, contacts_only from member_link where member_id = :id order by position")
                .param("id", memberId).query().listOfRows()));
        jdbc.sql("select content from member_avatar where member_id = :id").param("id", memberId).query(byte[].class).optional()
                .ifPresent(avatar -> data.put("avatarJpegBase64", java.util.Base64.getEncoder().encodeToString(avatar)));
        data.put("contacts", ExportRows.readable(jdbc.sql("""
                select m.display_name as contact, c.answered_at as since
                from contact_request c join member m on m.id = if(c.requester_id = :id, c.recipient_id, c.requester_id)
                where (c.requester_id = :id or c.recipient_id = :id) and c.status = 'ACCEPTED' order by m.display_name""")
                .param("id", memberId).query().listOfRows()));
        // requests I sent, with my own words; requests others sent me are theirs to export
        data.put("contactRequestsSent", ExportRows.readable(jdbc.sql("""
                select m.display_name as recipient, c.message, c.created_at as sent_at
                from contact_request c join member m on m.id = c.recipient_id
                where c.requester_id = :id and c.status <> 'ACCEPTED' order by c.created_at""")
                .param("id", memberId).query().listOfRows()));
        return data;
    }

    private List<String> list(String sql, long memberId) {
        return jdbc.sql(sql).param("id", memberId).query(String.class).list();
    }
}
