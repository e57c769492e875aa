/** Members own their data: the port through which every module contributes to an export. */
@NullMarked
package eu.hubtable.core.privacy;

import org.jspecify.annotations.NullMarked;
