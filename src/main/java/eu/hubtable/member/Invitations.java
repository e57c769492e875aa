package eu.hubtable.member;

import eu.hubtable.core.security.PasswordPolicy;
import eu.hubtable.member.internal.Member;
import eu.hubtable.member.internal.MemberRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which members created by someone else (a hub's import) choose their password.
 * The token is shown once, to whoever invited; only its SHA-256 is stored.
 */
@Service
public class Invitations {

    public static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    Invitations(JdbcClient jdbc, MemberRepository members, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** A new invitation for a member who has no password of their own yet; returns the secret token. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String issue(long memberId) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("insert into member_invitation (token_hash, member_id, created_at, expires_at) values (:hash, :member, :now, :expires)")
                .param("hash", hash(token)).param("member", memberId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALID_FOR))).update();
        return token;
    }

    /** Whose invitation this is, if it can still be used. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<String> invitee(String token) {
        return jdbc.sql("""
                select m.display_name from member_invitation i join member m on m.id = i.member_id
                where i.token_hash = :hash and i.used_at is null and i.expires_at > :now and m.status = 'ACTIVE'""")
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant())).query(String.class).optional();
    }

    /** Sets the invited member's password; the link then stops working. Returns their email for signing in. */
    @PreAuthorize("permitAll()")
    @Transactional
    public String accept(String token, String password) {
        Long memberId = jdbc.sql("""
                select member_id from member_invitation
                where token_hash = :hash and used_at is null and expires_at > :now for update""")
                .param("hash", hash(token)).param("now", Timestamp.from(clock.instant())).query(Long.class).optional()
                .orElseThrow(() -> new InvitationRefused("invitation.invalid"));
        Member member = members.findById(memberId).filter(m -> m.getStatus() == Member.Status.ACTIVE)
                .orElseThrow(() -> new InvitationRefused("invitation.invalid"));
        passwordPolicy.problem(password, member.getEmail()).ifPresent(problem -> {
            throw new InvitationRefused(problem);
        });
        member.choosePassword(passwordEncoder.encode(password), clock.instant());
        members.save(member);
        jdbc.sql("update member_invitation set used_at = :now where member_id = :member and used_at is null")
                .param("now", Timestamp.from(clock.instant())).param("member", memberId).update();
        return member.getEmail();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
