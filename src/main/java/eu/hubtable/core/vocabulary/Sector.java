package eu.hubtable.core.vocabulary;

/**
 * The creative sectors members and organisations work in: a fixed list, so that filters,
 * matching and impact indicators count the same thing. Shown through {@code sector.NAME} keys.
 */
public enum Sector {
    ARCHITECTURE,
    AUDIOVISUAL_FILM,
    CRAFTS,
    DESIGN,
    DIGITAL_GAMES,
    FASHION,
    HERITAGE,
    MUSIC,
    PERFORMING_ARTS,
    PUBLISHING,
    VISUAL_ARTS,
    ADVERTISING_COMMUNICATION,
    XR_IMMERSIVE;

    public String translationKey() {
        return "sector." + name();
    }
}
