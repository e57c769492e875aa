/**
 * Working groups of a hub: members with roles, requests and invitations to join, a cycle of
 * sessions (rooms and events of the hub) whose agendas start from the group's template, and the
 * decision log promoted from agenda outcomes, deliverables with a link or a stored document.
 * Public API: {@link eu.hubtable.group.WorkingGroups}, {@link eu.hubtable.group.GroupSessions},
 * {@link eu.hubtable.group.Deliverables}, {@link eu.hubtable.group.SteeringCommittee} and their records.
 * Listens to {@code RoomHeld} and {@code EventHeld} to record each session's attendance once. Module
 * events for impact: {@link eu.hubtable.group.DecisionPromoted}, {@link eu.hubtable.group.DeliverableDelivered},
 * {@link eu.hubtable.group.GroupSessionHeld}.
 */
@NullMarked
package eu.hubtable.group;

import org.jspecify.annotations.NullMarked;
