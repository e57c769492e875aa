/**
 * Hub managers bring their members in from a spreadsheet: CSV preview with a per-row report, then
 * one all-or-nothing import. Public API: {@link eu.hubtable.memberimport.MemberImport}.
 */
@NullMarked
package eu.hubtable.memberimport;

import org.jspecify.annotations.NullMarked;
