/**
 * Members: accounts and profiles. Public API: {@link eu.hubtable.member.MemberAccounts} and its
 * records; entities and repositories live in {@code internal}, views in {@code ui}.
 */
@NullMarked
package eu.hubtable.member;

import org.jspecify.annotations.NullMarked;
