package eu.hubtable.member;

import eu.hubtable.core.security.PasswordPolicy;
import eu.hubtable.core.security.Role;
import eu.hubtable.member.RegistrationRejected.Field;
import eu.hubtable.member.internal.Member;
import eu.hubtable.member.internal.MemberRepository;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and reading member accounts. */
@Service
public class MemberAccounts {

    /** Something @ something . something — strict enough to catch typos, loose enough for real addresses. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[^\\s@.]{2,}$");
    static final int MAX_EMAIL = 254;
    static final int MIN_NAME = 2;
    static final int MAX_NAME = 80;

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    MemberAccounts(MemberRepository members, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** Self-service sign-up: a plain member. Throws {@link RegistrationRejected} listing every problem. */
    @PreAuthorize("permitAll()")
    @Transactional
    public long register(Registration registration) {
        return create(registration.displayName(), registration.email(), registration.password(), registration.locale(),
                Set.of(Role.MEMBER), null, null, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(NewMember m) {
        return create(m.displayName(), m.email(), m.password(), m.locale(), m.roles(), m.headline(), m.city(), m.countryCode());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MemberSummary> find(long memberId) {
        return members.findById(memberId).map(MemberAccounts::summary);
    }

    /** Whether the text looks like an email address, by the rule sign-up uses. */
    public static boolean isEmailAddress(String text) {
        return text.length() <= MAX_EMAIL && EMAIL.matcher(text).matches();
    }

    /** Which of these addresses already belong to a member (imports tell new people from existing members). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Long> idsByEmail(java.util.Collection<String> emails) {
        Map<String, Long> found = new java.util.HashMap<>();
        if (!emails.isEmpty()) {
            members.findAllByEmailIn(emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList())
                    .forEach(m -> found.put(m.getEmail(), m.getId()));
        }
        return found;
    }

    /**
     * Opens an account for someone a hub imported: they choose their password through an invitation,
     * so the account starts with one nobody knows.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createInvited(String displayName, String email, Locale locale, @org.jspecify.annotations.Nullable String headline,
            @org.jspecify.annotations.Nullable String city, @org.jspecify.annotations.Nullable String countryCode) {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        return create(displayName, email, java.util.Base64.getEncoder().encodeToString(secret), locale, Set.of(Role.MEMBER),
                headline, city, countryCode);
    }

    @Transactional(readOnly = true)
    public long count() {
        return members.count();
    }

    private long create(String displayName, String email, String password, Locale locale, Set<Role> roles,
            String headline, String city, String countryCode) {
        String normalisedEmail = email.trim().toLowerCase(Locale.ROOT);
        String name = displayName.strip();
        Map<Field, String> problems = problems(name, normalisedEmail, password);
        if (problems.isEmpty() && members.existsByEmail(normalisedEmail)) {
            problems.put(Field.EMAIL, "register.email.taken");
        }
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        Member member = new Member(normalisedEmail, passwordEncoder.encode(password), name, locale, roles, clock.instant());
        member.setProfile(headline, city, countryCode);
        try {
            return members.saveAndFlush(member).getId();
        } catch (DataIntegrityViolationException raceLost) {
            // someone registered the same email between our check and our insert
            throw new RegistrationRejected(Map.of(Field.EMAIL, "register.email.taken"));
        }
    }

    private Map<Field, String> problems(String name, String email, String password) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (name.length() < MIN_NAME || name.length() > MAX_NAME) {
            problems.put(Field.DISPLAY_NAME, "register.name.length");
        }
        if (email.isEmpty()) {
            problems.put(Field.EMAIL, "register.email.required");
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.put(Field.EMAIL, "register.email.invalid");
        }
        passwordPolicy.problem(password, email).ifPresent(key -> problems.put(Field.PASSWORD, key));
        return problems;
    }

    private static MemberSummary summary(Member m) {
        return new MemberSummary(m.getId(), m.getDisplayName(), m.getHeadline(), m.getCity(), m.getCountryCode());
    }
}
