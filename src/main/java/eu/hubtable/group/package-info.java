/**
 * Working groups of a hub: members with roles, requests and invitations to join, a cycle of
 * sessions (rooms and events of the hub) whose agendas start from the group's template, and the
 * decision log promoted from agenda outcomes. Public API: {@link eu.hubtable.group.WorkingGroups}
 * and its records. Module event for impact: {@link eu.hubtable.group.DecisionPromoted}.
 */
@NullMarked
package eu.hubtable.group;

import org.jspecify.annotations.NullMarked;
