/**
 * Themed round-table rooms: schedule, visibility, facilitators, round tables with seats, chat,
 * facilitator controls and attendance. Public API: {@link eu.hubtable.room.Rooms},
 * {@link eu.hubtable.room.Seating}, {@link eu.hubtable.room.RoomChat} and their records; module event
 * {@link eu.hubtable.room.RoomHeld} once a session took place.
 */
@NullMarked
package eu.hubtable.room;

import org.jspecify.annotations.NullMarked;
