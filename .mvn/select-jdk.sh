# shellcheck shell=sh
# Sourced by ./mvnw and .ci/run. Vaadin 25's Maven plugin needs Maven to run on Java 21+.
# When JAVA_HOME is unset and `java` is older than 21, pick the newest 21+ JDK installed on this
# machine (/usr/lib/jvm on Linux, /usr/libexec/java_home on macOS) and say which one.
hubtable_java_major() { # $1: path to a java binary; prints its feature version (e.g. 17, 25)
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)[."].*/\1/p' | head -n 1
}
if [ -n "${JAVA_HOME-}" ]; then
  hubtable_major="$(hubtable_java_major "$JAVA_HOME/bin/java")"
  if [ "${hubtable_major:-0}" -lt 21 ]; then
    echo "hubtable: JAVA_HOME ($JAVA_HOME) is Java ${hubtable_major:-unknown}; Java 21 or newer is needed. Unset JAVA_HOME or point it at a JDK 21+." >&2
    return 1 2>/dev/null || exit 1
  fi
else
  hubtable_major="$(command -v java >/dev/null 2>&1 && hubtable_java_major java || echo 0)"
  if [ "${hubtable_major:-0}" -lt 21 ]; then
    hubtable_best="" hubtable_best_major=0
    if [ -x /usr/libexec/java_home ]; then
      hubtable_best="$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)"
      [ -z "$hubtable_best" ] || hubtable_best_major="$(hubtable_java_major "$hubtable_best/bin/java")"
    fi
    case $- in *f*) hubtable_noglob=1 ;; *) hubtable_noglob= ;; esac
    set +f # the wrapper runs with globbing off; this loop needs it
    for hubtable_jdk in /usr/lib/jvm/*; do
      [ -x "$hubtable_jdk/bin/java" ] && [ -x "$hubtable_jdk/bin/javac" ] || continue
      hubtable_m="$(hubtable_java_major "$hubtable_jdk/bin/java")"
      if [ "${hubtable_m:-0}" -gt "$hubtable_best_major" ]; then
        hubtable_best="$hubtable_jdk" hubtable_best_major="$hubtable_m"
      fi
    done
    [ -z "$hubtable_noglob" ] || set -f
    if [ "$hubtable_best_major" -lt 21 ]; then
      echo "hubtable: Java 21 or newer is needed (found ${hubtable_major:-no java}); install a JDK 21+ (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to one." >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "hubtable: using Java $hubtable_best_major from $hubtable_best (default java is ${hubtable_major:-absent})" >&2
    JAVA_HOME="$hubtable_best"
    export JAVA_HOME
  fi
fi
