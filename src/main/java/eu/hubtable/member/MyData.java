package eu.hubtable.member;

import eu.hubtable.core.privacy.PersonalDataSection;
import eu.hubtable.core.security.CurrentMember;
import eu.hubtable.core.security.MemberSessions;
import eu.hubtable.member.internal.Member;
import eu.hubtable.member.internal.MemberRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members own their data: they download all of it as JSON and they erase their account. Both act
 * on the signed-in member only; no member id comes from the outside.
 */
@Service
public class MyData {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final MemberSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final List<PersonalDataSection> sections;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    MyData(MemberRepository members, CurrentMember currentMember, MemberSessions sessions, PasswordEncoder passwordEncoder,
            List<PersonalDataSection> sections, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.currentMember = currentMember;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.sections = sections;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everything hubtable keeps about me, one section per module, as a JSON document. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] export() {
        long me = currentMember.id();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", clock.instant().toString());
        sections.stream().sorted(java.util.Comparator.comparing(PersonalDataSection::name))
                .forEach(section -> document.put(section.name(), section.exportFor(me)));
        return JSON.writeValueAsBytes(document);
    }

    /**
     * Erases my account after I confirmed with my password: profile and account data go, what I
     * wrote stays under "former member", every module cleans up in this transaction, and every
     * session of mine ends once it committed.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void erase(String password) {
        long me = currentMember.id();
        Member member = members.findById(me).orElseThrow();
        if (!passwordEncoder.matches(password, member.getPasswordHash())) {
            throw new ErasureRefused("erase.password.wrong");
        }
        jdbc.sql("delete from contact_request where requester_id = :me or recipient_id = :me").param("me", me).update();
        jdbc.sql("delete from member_avatar where member_id = :me").param("me", me).update();
        // an erased account keeps no consent (the Member entity does not map it: see EngagementConsent)
        jdbc.sql("update member set engagement_consent_at = null where id = :me").param("me", me).update();
        member.erase(unusableHash(), clock.instant());
        members.saveAndFlush(member);
        events.publishEvent(new MemberErased(me));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endAll(me);
            }
        });
    }

    /** A hash of random bytes nobody knows: no password ever matches it. */
    private String unusableHash() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }
}
