package eu.hubtable.core.security;

/**
 * Platform-wide roles. Rights over one object (facilitator of a room, manager of an organisation)
 * are not roles: the owning module checks them in its services.
 */
public enum Role {
    MEMBER,
    ADMIN
}
