package eu.hubtable.member;

import java.util.Set;

/**
 * Published after a transaction that wrote members (profile, skills, sectors, place, erasure) has
 * committed, so indexes kept by other modules re-read them at once.
 */
public record MembersChanged(Set<Long> memberIds) {

    public MembersChanged {
        memberIds = Set.copyOf(memberIds);
    }
}
