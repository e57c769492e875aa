package eu.hubtable.memberimport;

import java.util.List;

/** What an import did: new accounts (each with the invitation link to pass on) and members added. */
public record ImportResult(List<Invited> invited, int existingMembersAdded) {

    public record Invited(String name, String email, String invitationToken) {
    }
}
