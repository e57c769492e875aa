package eu.hubtable.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import com.vaadin.flow.server.WrappedSession;
import eu.hubtable.support.KaribuTest;
import eu.hubtable.support.LiveUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing out ends the member's sessions in every browser, not someone else's. */
class MemberSessionsTest extends KaribuTest {

    @Autowired
    MemberSessions memberSessions;

    @Test
    void endingAMembersSessionsInvalidatesEachOfThemAndNoOtherMembers() {
        MemberPrincipal lea = newMember("Léa");
        MemberPrincipal tom = newMember("Tom");
        login(tom);
        WrappedSession tomsSession = VaadinSession.getCurrent().getSession();

        try (LiveUser leasLaptop = anotherUser(lea); LiveUser leasPhone = anotherUser(lea)) {
            WrappedSession laptop = leasLaptop.call(() -> VaadinSession.getCurrent().getSession());
            WrappedSession phone = leasPhone.call(() -> VaadinSession.getCurrent().getSession());
            assertThat(memberSessions.openSessions(lea.memberId())).isEqualTo(2);

            memberSessions.endAll(lea.memberId());

            assertThat(memberSessions.openSessions(lea.memberId())).isZero();
            assertThat(isValid(laptop)).isFalse();
            assertThat(isValid(phone)).isFalse();
            assertThat(isValid(tomsSession)).isTrue();
            assertThat(memberSessions.openSessions(tom.memberId())).isEqualTo(1);
        }
    }

    private static boolean isValid(WrappedSession session) {
        return ((FakeHttpSession) ((WrappedHttpSession) session).getHttpSession()).isValid();
    }
}
