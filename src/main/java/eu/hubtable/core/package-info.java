/**
 * Shared plumbing: security, i18n, layout, time, the live (Collaboration Engine) port and the
 * embedded database. Open, so every feature module may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package eu.hubtable.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
