@NullMarked
package eu.hubtable;

import org.jspecify.annotations.NullMarked;
