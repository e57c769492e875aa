/**
 * Demo content for a fresh install: hubs, companies and ~40 members across creative sectors.
 * Its own module (not {@code core}) because it uses every feature's public API.
 */
@NullMarked
package eu.hubtable.demo;

import org.jspecify.annotations.NullMarked;
