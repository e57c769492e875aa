package eu.hubtable.group;

/** A deliverable's stored document, for download. */
public record DeliverableFile(String name, String mediaType, byte[] content) {
}
