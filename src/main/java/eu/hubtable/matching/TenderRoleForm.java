package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import java.util.Set;

/** A role the consortium needs: its name, the sectors it works in and the skills it takes (free tags). */
public record TenderRoleForm(String name, Set<Sector> sectors, Set<String> skills) {
}
