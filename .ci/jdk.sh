# Sourced by the .ci scripts: finds a JDK 25 or newer (JAVA_HOME, else the newest under /usr/lib/jvm) and exports it.
java_feature() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1; }
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_feature "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_v=0 dir v
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/javac" ] || continue
    v=$(java_feature "$dir")
    if [ -n "$v" ] && [ "$v" -ge 25 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best=$dir; best_v=$v; fi
  done
  echo "$best"
}
JDK=$(find_jdk)
if [ -z "$JDK" ]; then
  echo "No JDK 25 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "Fix: install one (e.g. Temurin 25 from the Adoptium apt repository) and set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME=$JDK PATH="$JDK/bin:$PATH"
