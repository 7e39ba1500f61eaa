# shellcheck shell=bash
# Selects a JDK >= 21 for the launcher (./aimpoint) and CI (.ci/run). Source this file, then call
# aimpoint_select_jdk: it exports JAVA_HOME and AIMPOINT_JAVA_VERSION (and puts the JDK's bin first
# on PATH) or prints what to install and returns 1.
# Order: $JAVA_HOME, `java` on PATH, then the newest JDK under /usr/lib/jvm.

AIMPOINT_MIN_JAVA=21

# Prints the feature version (8, 17, 21, 25, ...) of the JDK at $1, or nothing if it is unusable.
aimpoint_jdk_version() {
  local home="$1" line version
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  line=$("$home/bin/java" -version 2>&1 | grep -m1 -E 'version "[^"]+"') || return 0
  version=${line#*\"}
  version=${version%%\"*}
  if [[ $version == 1.* ]]; then
    version=${version#1.}
  fi
  version=${version%%[.+-]*}
  [[ $version =~ ^[0-9]+$ ]] && echo "$version"
  return 0
}

# The JDK home of the `java` found on PATH (following symlinks such as /etc/alternatives).
aimpoint_path_jdk_home() {
  local java_bin
  java_bin=$(command -v java 2>/dev/null) || return 0
  java_bin=$(readlink -f "$java_bin" 2>/dev/null || echo "$java_bin")
  dirname "$(dirname "$java_bin")"
}

aimpoint_select_jdk() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" "$(aimpoint_path_jdk_home)"; do
    [[ -n $candidate ]] || continue
    version=$(aimpoint_jdk_version "$candidate")
    if [[ -n $version && $version -ge $AIMPOINT_MIN_JAVA ]]; then
      best=$candidate
      best_version=$version
      break
    fi
  done
  if [[ -z $best ]]; then
    for candidate in /usr/lib/jvm/*/; do
      candidate=${candidate%/}
      [[ -d $candidate ]] || continue
      version=$(aimpoint_jdk_version "$candidate")
      if [[ -n $version && $version -ge $AIMPOINT_MIN_JAVA && $version -gt $best_version ]]; then
        best=$candidate
        best_version=$version
      fi
    done
  fi
  if [[ -z $best ]]; then
    cat >&2 <<MSG
aimpoint: no JDK $AIMPOINT_MIN_JAVA or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm/*).
Install one, for example:
  sudo apt-get install openjdk-21-jdk        (Debian/Ubuntu)
  or Eclipse Temurin 21+ from https://adoptium.net
then set JAVA_HOME to it or put its bin/ on PATH. A JRE is not enough: javac is needed to build.
MSG
    return 1
  fi
  export JAVA_HOME="$best"
  export AIMPOINT_JAVA_VERSION="$best_version"
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build; the flag
  # that silences it is unknown to older JDKs, so it cannot live in .mvn/jvm.config.
  if [[ $best_version -ge 24 && ${MAVEN_OPTS:-} != *sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
