package eu.hubtable.matching;

/** A request I made or was brought into, with the slot it is for; {@code mine} when I made it (and may cancel it). */
public record MyRequest(RequestCard request, SlotCard slot, boolean mine) {
}
