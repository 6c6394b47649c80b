#!/usr/bin/env bash
# Builds the consumer project (.ci/consumer) against the installed artifacts, once per logging backend a host
# may use: Logback, Log4j 2 (log4j-core + log4j-slf4j2-impl) and slf4j-simple. Each build runs maven-enforcer's
# dependencyConvergence and banDuplicateClasses (extra-enforcer-rules) and then the README's embedding snippet.
# Usage: .ci/consumer/run.sh [extra Maven arguments, e.g. -Dmaven.repo.local=DIR]; the artifacts must be installed
# in that local repository first (./mvnw -B install -DskipTests with the same arguments).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)"
bom_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/inclusion-bom/pom.xml" | head -1)"
if [[ "$version" != "$bom_version" ]]; then
  echo "inclusion-bom's version ($bom_version) differs from the parent's ($version)" >&2; exit 1
fi
for property in jackson.version slf4j.version; do
  parent_value="$(sed -n "s:.*<$property>\(.*\)</$property>.*:\1:p" "$root/pom.xml" | head -1)"
  bom_value="$(sed -n "s:.*<$property>\(.*\)</$property>.*:\1:p" "$root/inclusion-bom/pom.xml" | head -1)"
  if [[ "$parent_value" != "$bom_value" ]]; then
    echo "inclusion-bom's $property ($bom_value) differs from the parent's ($parent_value)" >&2; exit 1
  fi
done
# The README's snippet, exactly as shown between the embedding-snippet markers.
snippet="$here/src/main/java/org/inclusionscan/consumer/Embedding.java"
{ echo "package org.inclusionscan.consumer;"; echo
  sed -n '/<!-- embedding-snippet:start -->/,/<!-- embedding-snippet:end -->/p' "$root/README.md" | sed '1,2d;$d' | sed '$d'
} > "$snippet"
# The runtime closure of inclusion-rules + inclusion-report (no binding): what an embedder adds to their
# application. docs/libraries.md quotes these numbers; more than 20 MB fails.
classpath_file="$here/target/closure.txt"
mkdir -p "$here/target"
(cd "$here" && "$root/mvnw" -B -q -f pom.xml dependency:build-classpath -Dinclusion.version="$version" \
    -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime "$@")
tr ':' '\n' < "$classpath_file" | xargs du -cb | tail -1 | awk '{print $1}' > "$here/target/closure.bytes"
jars="$(tr ':' '\n' < "$classpath_file" | wc -l)"
bytes="$(cat "$here/target/closure.bytes")"
echo "runtime closure of inclusion-rules + inclusion-report: $jars jars, $(awk "BEGIN {printf \"%.1f\", $bytes / 1000000}") MB"
if (( bytes > 20000000 )); then
  echo "The runtime closure ($bytes bytes) is over the 20 MB budget (docs/libraries.md)." >&2; exit 1
fi
for backend in logback log4j2 simple; do
  echo "== consumer with $backend"
  (cd "$here" && "$root/mvnw" -B -q -f pom.xml clean verify -P"$backend" -Dinclusion.version="$version" "$@")
done
