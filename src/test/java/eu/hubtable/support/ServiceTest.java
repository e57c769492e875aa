package eu.hubtable.support;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.core.security.Role;
import eu.hubtable.member.MemberAccounts;
import eu.hubtable.member.NewMember;
import eu.hubtable.matching.internal.SuggestionIndex;
import eu.hubtable.member.internal.MemberSearchIndex;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for tests on the real database: the embedded MariaDB, or the server named by
 * {@code SPRING_DATASOURCE_URL} (CI). Tables are emptied before each test. Service, Karibu and
 * browser tests all share this one Spring context on a real port: one database server, and one
 * Spring Security context holder strategy (two cached contexts would each install their own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({StatementCounter.class, TestClock.Config.class})
public abstract class ServiceTest {

    public static final String PASSWORD = "Esch rooftops at dusk, 2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected MemberAccounts memberAccounts;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MemberSearchIndex memberSearchIndex;

    @Autowired
    private SuggestionIndex suggestionIndex;

    @BeforeEach
    void cleanDatabase() {
        new DatabaseCleaner(dataSource).clean();
        // the cleaner deletes rows behind the index's back (the application only ever erases)
        memberSearchIndex.rebuild();
        suggestionIndex.rebuild();
    }

    @Autowired
    protected TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.release();
    }

    /** Creates a member (as the platform admin) and returns who they are, without signing them in. */
    protected MemberPrincipal newMember(String displayName, Role... roles) {
        String email = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + SEQUENCE.incrementAndGet() + "@test.hubtable.eu";
        Set<Role> roleSet = roles.length == 0 ? Set.of(Role.MEMBER) : Set.of(roles);
        long id = asAdmin(() -> memberAccounts.create(new NewMember(displayName, email, PASSWORD, Locale.ENGLISH, null,
                "Luxembourg", "LU", roleSet)));
        return new MemberPrincipal(id, email, displayName, Locale.ENGLISH, roleSet, true, null);
    }

    /** Runs the work as a platform administrator, then restores who was signed in before. */
    protected <T> T asAdmin(java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(new MemberPrincipal(-1, "admin@test.hubtable.eu", "Test admin", Locale.ENGLISH, Set.of(Role.ADMIN), true, null));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    protected static void signIn(MemberPrincipal member) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
