package eu.hubtable.member;

import eu.hubtable.core.security.CurrentMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' pictures: set and removed by the member, seen by signed-in members only. */
@Service
public class Avatars {

    public static final int MAX_BYTES = AvatarImage.MAX_BYTES;

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;

    Avatars(JdbcClient jdbc, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** Checks and re-encodes the upload, then replaces my picture; throws {@link AvatarRejected} and keeps the old one otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void replaceMine(byte[] upload) {
        byte[] avatar = AvatarImage.from(upload);
        jdbc.sql("""
                insert into member_avatar (member_id, content, content_type, updated_at) values (:me, :content, 'image/jpeg', :now)
                on duplicate key update content = values(content), content_type = values(content_type), updated_at = values(updated_at)""")
                .param("me", currentMember.id()).param("content", avatar).param("now", Timestamp.from(clock.instant())).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMine() {
        jdbc.sql("delete from member_avatar where member_id = :me").param("me", currentMember.id()).update();
    }

    /** A member's picture (JPEG), if they have one and are still a member. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> of(long memberId) {
        return jdbc.sql("""
                select a.content from member_avatar a join member m on m.id = a.member_id
                where a.member_id = :id and m.status = 'ACTIVE'""")
                .param("id", memberId).query(byte[].class).optional();
    }
}
