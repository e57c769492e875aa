package eu.hubtable.matching;

import eu.hubtable.core.vocabulary.Sector;
import eu.hubtable.matching.TenderRejected.Field;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** A role the consortium needs: its name, the sectors it works in and the skills it takes (free tags). */
public record TenderRoleForm(String name, Set<Sector> sectors, Set<String> skills) {

    /** What is wrong with this role, by field, as i18n keys (empty when it may be stored); forms ask before listing it. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (name.isBlank() || name.strip().length() > Consortia.MAX_ROLE_NAME) {
            problems.put(Field.ROLE_NAME, "tender.role.name.length");
        }
        Set<String> clean = Consortia.skills(skills);
        if (clean.size() > Consortia.MAX_SKILLS || clean.stream().anyMatch(skill -> skill.length() > Consortia.MAX_SKILL)) {
            problems.put(Field.ROLE_SKILLS, "tender.role.skills.too-many");
        } else if (clean.isEmpty() && sectors.isEmpty()) {
            problems.put(Field.ROLE_SKILLS, "tender.role.needs");
        }
        return problems;
    }
}
