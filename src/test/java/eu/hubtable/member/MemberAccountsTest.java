package eu.hubtable.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.hubtable.core.security.MemberPrincipal;
import eu.hubtable.member.RegistrationRejected.Field;
import eu.hubtable.support.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class MemberAccountsTest extends ServiceTest {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void registeredMemberCanSignInWithAnArgon2idHash() {
        long id = memberAccounts.register(new Registration("Léa Martin", " Lea.Martin@Example.org ", PASSWORD, Locale.FRENCH));

        MemberPrincipal principal = (MemberPrincipal) userDetails.loadUserByUsername("lea.martin@example.org");
        assertThat(principal.memberId()).isEqualTo(id);
        assertThat(principal.displayName()).isEqualTo("Léa Martin");
        assertThat(principal.locale()).isEqualTo(Locale.FRENCH);
        assertThat(principal.getPassword()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwordEncoder.matches(PASSWORD, principal.getPassword())).isTrue();
    }

    @Test
    void badInputIsRejectedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> memberAccounts.register(new Registration("L", "lea@nowhere", "short", Locale.ENGLISH)))
                .isInstanceOfSatisfying(RegistrationRejected.class, rejected -> assertThat(rejected.problems())
                        .containsEntry(Field.DISPLAY_NAME, "register.name.length")
                        .containsEntry(Field.EMAIL, "register.email.invalid")
                        .containsEntry(Field.PASSWORD, "password.too-short"));
        assertThat(memberAccounts.count()).isZero();
    }

    @Test
    void anEmailCanOnlyBeRegisteredOnceWhateverItsCase() {
        memberAccounts.register(new Registration("Léa", "lea@example.org", PASSWORD, Locale.ENGLISH));

        assertThatThrownBy(() -> memberAccounts.register(new Registration("Other Léa", "LEA@example.org", PASSWORD, Locale.ENGLISH)))
                .isInstanceOfSatisfying(RegistrationRejected.class,
                        rejected -> assertThat(rejected.problems()).containsOnly(org.assertj.core.api.Assertions.entry(Field.EMAIL, "register.email.taken")));
        assertThat(memberAccounts.count()).isEqualTo(1);
    }

    @Test
    void simultaneousRegistrationsOfOneEmailCreateExactlyOneAccount() throws Exception {
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String name = "Racer " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    memberAccounts.register(new Registration(name, "same@example.org", PASSWORD, Locale.ENGLISH));
                    return true;
                } catch (RegistrationRejected rejected) {
                    assertThat(rejected.problems()).containsEntry(Field.EMAIL, "register.email.taken");
                    return false;
                }
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Boolean> outcome : outcomes) {
            created += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(memberAccounts.count()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsCreateMembersWithRoles() {
        signIn(newMember("Plain Member"));
        assertThatThrownBy(() -> memberAccounts.create(new NewMember("Sneaky", "sneaky@example.org", PASSWORD, Locale.ENGLISH,
                null, null, null, java.util.Set.of(eu.hubtable.core.security.Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
