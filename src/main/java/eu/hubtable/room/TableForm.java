package eu.hubtable.room;

import org.jspecify.annotations.Nullable;

/** A round table as the host plans it; the video link points to an existing engine (Jitsi, Zoom, Teams). */
public record TableForm(String name, @Nullable String topic, int seats, @Nullable String videoUrl) {
}
