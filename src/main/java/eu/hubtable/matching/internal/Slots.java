package eu.hubtable.matching.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense slots for database ids (0, 1, 2...), so the index keeps its facts in plain arrays and a
 * request counts matches in an int array instead of a map of boxed ids.
 */
final class Slots {

    private final Map<Long, Integer> slotOf = new HashMap<>();
    private long[] ids = new long[1024];

    /** The slot of an id, given a new one if unknown. */
    int slot(long id) {
        Integer slot = slotOf.get(id);
        if (slot != null) {
            return slot;
        }
        int fresh = slotOf.size();
        if (fresh == ids.length) {
            ids = Arrays.copyOf(ids, fresh * 2);
        }
        ids[fresh] = id;
        slotOf.put(id, fresh);
        return fresh;
    }

    /** The slot of a known id, or -1. */
    int find(long id) {
        return slotOf.getOrDefault(id, -1);
    }

    long id(int slot) {
        return ids[slot];
    }

    int size() {
        return slotOf.size();
    }
}
