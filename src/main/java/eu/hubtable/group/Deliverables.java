package eu.hubtable.group;

import eu.hubtable.core.security.CurrentMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A working group's deliverables. Co-leads add them; co-leads and the owner attach the document and
 * move the status forward (draft, in review, delivered), each move made only from the version its
 * mover saw. Files are checked by content and size before anything is stored.
 */
@Service
public class Deliverables {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LINK = 500;
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final GroupAccess access;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Deliverables(JdbcClient jdbc, GroupAccess access, CurrentMember currentMember, ApplicationEventPublisher published, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.currentMember = currentMember;
        this.published = published;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long add(long groupId, String title, @Nullable Long ownerId, @Nullable LocalDate dueOn, @Nullable String link) {
        access.requireLead(groupId);
        Map<GroupRejected.Field, String> problems = new EnumMap<>(GroupRejected.Field.class);
        if (title.isBlank()) {
            problems.put(GroupRejected.Field.TITLE, "group.deliverable.title.required");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.put(GroupRejected.Field.TITLE, "group.deliverable.title.too-long");
        }
        if (ownerId != null && access.roleOf(groupId, ownerId) == null) {
            problems.put(GroupRejected.Field.OWNER, "group.deliverable.owner.not-member");
        }
        String address = link == null || link.isBlank() ? null : link.strip();
        if (address != null && (address.length() > MAX_LINK || !(address.startsWith("https://") || address.startsWith("http://"))
                || address.contains(" "))) {
            problems.put(GroupRejected.Field.LINK, "group.deliverable.link.invalid");
        }
        if (!problems.isEmpty()) {
            throw new GroupRejected(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into working_group_deliverable (group_id, title, owner_id, due_on, link, created_by, created_at, updated_at)
                values (:group, :title, :owner, :due, :link, :me, :now, :now)""")
                .param("group", groupId).param("title", title.strip()).param("owner", ownerId).param("due", dueOn)
                .param("link", address).param("me", currentMember.require().memberId()).param("now", now).update(key);
        return key.getKey().longValue();
    }

    /** Stores the deliverable's document (replacing an earlier one), if it is a document of at most 10 MB. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void attach(long deliverableId, String fileName, byte[] content) {
        Deliverable deliverable = mayMove(deliverableId);
        if (content.length > MAX_FILE_BYTES) {
            throw new GroupRefused("group.deliverable.file.too-big");
        }
        String type = DocumentType.of(content).orElseThrow(() -> new GroupRefused("group.deliverable.file.not-document"));
        String name = fileName.isBlank() ? "document" : fileName.strip();
        jdbc.sql("""
                update working_group_deliverable set file_name = :name, file_type = :type, file_content = :content,
                       updated_at = :now, version = version + 1 where id = :id""")
                .param("name", name.length() > 200 ? name.substring(name.length() - 200) : name).param("type", type)
                .param("content", content).param("now", Timestamp.from(clock.instant())).param("id", deliverable.id()).update();
    }

    /** Moves the status one step forward, if nobody moved it since {@code seenVersion}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DeliverableStatus advance(long deliverableId, long seenVersion) {
        Deliverable deliverable = mayMove(deliverableId);
        DeliverableStatus next = deliverable.status().next();
        if (next == null) {
            throw new GroupRefused("group.deliverable.delivered");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update working_group_deliverable set status = :next, updated_at = :now, version = version + 1,
                       delivered_at = case when :next = 'DELIVERED' then :now end
                where id = :id and version = :seen""")
                .param("next", next.name()).param("now", Timestamp.from(now)).param("id", deliverableId).param("seen", seenVersion)
                .update();
        if (changed == 0) {
            throw new GroupRefused("group.deliverable.changed");
        }
        if (next == DeliverableStatus.DELIVERED) {
            long hubId = access.group(deliverable.groupId()).hubId();
            published.publishEvent(new DeliverableDelivered(deliverableId, deliverable.groupId(), hubId, deliverable.ownerId(),
                    deliverable.dueOn(), now));
        }
        return next;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Deliverable> of(long groupId) {
        access.requireVisible(groupId);
        return read("d.group_id = :id", groupId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DeliverableFile> file(long deliverableId) {
        access.requireVisible(deliverable(deliverableId).groupId());
        return jdbc.sql("select file_name, file_type, file_content from working_group_deliverable where id = :id and file_content is not null")
                .param("id", deliverableId)
                .query((rs, n) -> new DeliverableFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Deliverables of several groups, for the steering view (access checked by the caller). */
    List<Deliverable> ofGroups(List<Long> groupIds) {
        return groupIds.isEmpty() ? List.of() : read("d.group_id in (:id)", groupIds);
    }

    private Deliverable mayMove(long deliverableId) {
        Deliverable deliverable = deliverable(deliverableId);
        long me = currentMember.require().memberId();
        if (!Objects.equals(deliverable.ownerId(), me) && access.roleOf(deliverable.groupId(), me) != GroupRole.CO_LEAD) {
            throw new AccessDeniedException("Only co-leads and the owner move deliverable " + deliverableId);
        }
        return deliverable;
    }

    private Deliverable deliverable(long deliverableId) {
        return read("d.id = :id", deliverableId).stream().findFirst()
                .orElseThrow(() -> new GroupRefused("group.deliverable.gone"));
    }

    private List<Deliverable> read(String where, Object id) {
        return jdbc.sql("""
                select d.id, d.group_id, d.title, d.owner_id, case when m.status = 'ACTIVE' then m.display_name end as owner,
                       d.status, d.due_on, d.link, d.file_name, length(d.file_content) as size, d.version
                from working_group_deliverable d left join member m on m.id = d.owner_id
                """ + " where " + where + " order by d.due_on is null, d.due_on, d.id")
                .param("id", id)
                .query((rs, n) -> new Deliverable(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"),
                        rs.getObject("owner_id", Long.class), rs.getString("owner"), DeliverableStatus.valueOf(rs.getString("status")),
                        rs.getObject("due_on", LocalDate.class), rs.getString("link"), rs.getString("file_name"),
                        rs.getObject("size", Integer.class), rs.getLong("version")))
                .list();
    }
}
