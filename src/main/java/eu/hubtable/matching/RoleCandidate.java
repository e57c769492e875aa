package eu.hubtable.matching;

import java.util.List;

/** A member or organisation proposed for an open role, with its score and the reasons behind it, strongest first. */
public record RoleCandidate(PartyKind kind, long id, String name, int score, List<Reason> reasons) {

    /** One rule that matched: what kind, about what (a sector name, a skill, a tag; empty for contacts). */
    public record Reason(TenderReason kind, String argument) {
    }
}
