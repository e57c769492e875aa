package eu.hubtable.member;

/**
 * A member erased their account. Published inside the erasing transaction, so every module's
 * clean-up commits or fails together with the erasure itself.
 */
public record MemberErased(long memberId) {
}
