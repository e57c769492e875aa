package eu.hubtable.core.privacy;

/**
 * One module's part of a member's own-data export. Each module that keeps something about a member
 * contributes a section (a Spring bean); the export collects them all, so a new module adds its
 * section without anyone else changing.
 */
public interface PersonalDataSection {

    /** The section's key in the exported document, e.g. "contacts". */
    String name();

    /** What this module holds about the member, as plain records, lists and maps. */
    Object exportFor(long memberId);
}
