package eu.hubtable.member.internal;

import eu.hubtable.core.security.MemberPrincipal;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in looks members up by email; an erased account can never sign in again. */
@Service
class MemberAccountDetails implements UserDetailsService {

    private final MemberRepository members;

    MemberAccountDetails(MemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Member member = members.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .filter(m -> m.getStatus() == Member.Status.ACTIVE)
                .orElseThrow(() -> new UsernameNotFoundException("No active member with that email"));
        return new MemberPrincipal(member.getId(), member.getEmail(), member.getDisplayName(), member.getLocale(),
                member.getRoles(), true, member.getPasswordHash());
    }
}
