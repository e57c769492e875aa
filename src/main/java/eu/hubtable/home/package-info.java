/** The signed-in member's start page: who is online, their organisations, what is coming up. */
@NullMarked
package eu.hubtable.home;

import org.jspecify.annotations.NullMarked;
