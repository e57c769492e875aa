package eu.hubtable.core.live;

/** Every live topic id is built here, so the naming scheme of DESIGN.md §4 has one home. */
public final class TopicIds {

    private TopicIds() {
    }

    /** Everyone signed in to the portal right now. */
    public static String lobby() {
        return "lobby";
    }

    public static String room(long roomId) {
        return "room/" + roomId;
    }

    public static String table(long roomId, long tableId) {
        return room(roomId) + "/table/" + tableId;
    }

    /** Who sits where in a room (changes often; kept apart from the room's own state). */
    public static String seats(long roomId) {
        return room(roomId) + "/seats";
    }

    /** A room's chat (no table) or one table's chat. */
    public static String chat(long roomId, @org.jspecify.annotations.Nullable Long tableId) {
        return (tableId == null ? room(roomId) : table(roomId, tableId)) + "/chat";
    }

    public static String agenda(long agendaId) {
        return "agenda/" + agendaId;
    }

    public static String agendaItem(long agendaId, long itemId) {
        return agenda(agendaId) + "/item/" + itemId;
    }
}
