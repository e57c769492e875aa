package eu.hubtable.matching;

import com.vaadin.flow.i18n.I18NProvider;
import eu.hubtable.core.mail.MailOutbox;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.matching.IntroductionRejected.Field;
import eu.hubtable.member.MailRecipient;
import eu.hubtable.member.MailRecipients;
import eu.hubtable.member.MemberDirectory;
import eu.hubtable.organisation.MembershipRole;
import eu.hubtable.organisation.MyOrganisation;
import eu.hubtable.organisation.Organisations;
import eu.hubtable.core.ui.SiteAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions curated by hub managers: "Léa, meet Karim" with a note, between two members of the
 * manager's hub or cluster. Both receive it (on their suggestions page, and by mail in their
 * language); the same two people are introduced once per hub.
 */
@Service
public class Introductions {

    public static final int MAX_NOTE = 500;

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Organisations organisations;
    private final MailOutbox outbox;
    private final MailRecipients recipients;
    private final I18NProvider i18n;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;
    private final SiteAddress site;
    private final MemberDirectory directory;

    Introductions(JdbcClient jdbc, CurrentMember currentMember, Organisations organisations, MailOutbox outbox,
            MailRecipients recipients, I18NProvider i18n,
            java.time.Clock clock, ApplicationEventPublisher events, SiteAddress site, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.organisations = organisations;
        this.outbox = outbox;
        this.recipients = recipients;
        this.i18n = i18n;
        this.clock = clock;
        this.events = events;
        this.site = site;
        this.directory = directory;
    }

    /** The hubs and clusters the signed-in member manages: where they may introduce people. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyOrganisation> hubsIManage() {
        return organisations.mine().stream()
                .filter(o -> o.role() == MembershipRole.MANAGER && (o.kind() == eu.hubtable.organisation.OrganisationKind.HUB
                        || o.kind() == eu.hubtable.organisation.OrganisationKind.CLUSTER))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long introduce(long hubId, long first, long second, String note) {
        long me = currentMember.require().memberId();
        if (hubsIManage().stream().noneMatch(hub -> hub.id() == hubId)) {
            throw new AccessDeniedException("Only a manager of hub " + hubId + " introduces its members");
        }
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (!isActiveMemberOf(hubId, first)) {
            problems.put(Field.FIRST, "introduction.member.not-in-hub");
        }
        if (!isActiveMemberOf(hubId, second)) {
            problems.put(Field.SECOND, "introduction.member.not-in-hub");
        } else if (first == second) {
            problems.put(Field.SECOND, "introduction.member.same");
        }
        String text = note.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_NOTE) {
            problems.put(Field.NOTE, "introduction.note.length");
        }
        if (problems.isEmpty() && introduced(hubId, first, second)) {
            problems.put(Field.SECOND, "introduction.twice");
        }
        if (!problems.isEmpty()) {
            throw new IntroductionRejected(problems);
        }
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into introduction (hub_id, introduced_by, member_a, member_b, note, created_at)
                    values (:hub, :me, :a, :b, :note, :now)""")
                    .param("hub", hubId).param("me", me).param("a", first).param("b", second).param("note", text)
                    .param("now", Timestamp.from(now)).update(key, "id");
        } catch (DuplicateKeyException twice) { // the same pair introduced at the same moment in another tab
            throw new IntroductionRejected(Map.of(Field.SECOND, "introduction.twice"));
        }
        long id = key.getKey().longValue();
        String hubName = jdbc.sql("select name from organisation where id = :id").param("id", hubId).query(String.class).single();
        tell(first, second, hubName, text);
        tell(second, first, hubName, text);
        events.publishEvent(new IntroductionMade(id, hubId, me, first, second, directory.crossSector(first, second), now));
        return id;
    }

    /** Introductions the signed-in member received, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<IntroductionCard> mine() {
        return jdbc.sql("""
                select i.id, h.name, by_member.display_name, other.id, other.display_name, other.headline, i.note, i.created_at
                from introduction i
                join organisation h on h.id = i.hub_id
                left join member by_member on by_member.id = i.introduced_by and by_member.status = 'ACTIVE'
                join member other on other.id = case when i.member_a = :me then i.member_b else i.member_a end
                where (i.member_a = :me or i.member_b = :me) and other.status = 'ACTIVE'
                order by i.created_at desc, i.id desc""")
                .param("me", currentMember.require().memberId())
                .query((rs, n) -> new IntroductionCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    private boolean isActiveMemberOf(long hubId, long memberId) {
        return jdbc.sql("""
                select count(*) from organisation_membership om join member m on m.id = om.member_id
                where om.organisation_id = :hub and om.member_id = :member and m.status = 'ACTIVE'""")
                .param("hub", hubId).param("member", memberId).query(Integer.class).single() > 0;
    }

    private boolean introduced(long hubId, long first, long second) {
        return jdbc.sql("select count(*) from introduction where hub_id = :hub and member_low = :low and member_high = :high")
                .param("hub", hubId).param("low", Math.min(first, second)).param("high", Math.max(first, second))
                .query(Integer.class).single() > 0;
    }

    /** Both were just checked to be active members of the hub. */
    private void tell(long recipient, long other, String hubName, String note) {
        MailRecipient to = recipients.active(recipient).orElseThrow();
        MailRecipient them = recipients.active(other).orElseThrow();
        String subject = i18n.getTranslation("mail.introduction.subject", to.locale(), them.name(), hubName);
        String body = i18n.getTranslation("mail.introduction.body", to.locale(), to.name(), them.name(), hubName, note,
                site.link("members/" + other));
        outbox.enqueue(to.email(), subject, body, null);
    }
}
