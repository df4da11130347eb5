#!/usr/bin/env bash
# Checks that an installed Tagbench holds no benchmark or probe classes: every class compiled from src/bench/java
# (the `tagbench bench` commands, the frame-pulse probe, the training benches) must be absent from every jar of the
# app-image (or of the given jars). packaging/build.sh runs it on the app-image it builds; run it by hand with
#   packaging/check-no-benchmarks.sh [target/dist/Tagbench | some.jar ...]
# Exit 0 when none is found, 1 naming each one found, 2 when there is nothing to check.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/packaging/lib/app-jars.sh"
collect_app_jars check-no-benchmarks "$@"

# The benchmark classes' paths in a jar (org/tagbench/ui/UiBenchmark), nested classes included by prefix.
mapfile -t benchmarks < <(cd "$repo/src/bench/java" && find . -name '*.java' | sed 's#^\./##; s#\.java$##' | sort)
((${#benchmarks[@]})) || { echo "check-no-benchmarks: no sources under src/bench/java" >&2; exit 2; }
pattern="^($(printf '%s\n' "${benchmarks[@]}" | sed 's/[.$]/\\&/g' | paste -sd'|' -))(\\\$.*)?\\.class\$"

found=0
for jar in "${jars[@]}"; do
  while IFS= read -r entry; do
    echo "check-no-benchmarks: $jar holds $entry" >&2
    found=1
  done < <(unzip -Z1 "$jar" 2>/dev/null | grep -E "$pattern" || true)
done
if ((found)); then
  exit 1
fi
echo "check-no-benchmarks: none of the ${#benchmarks[@]} benchmark classes in ${#jars[@]} jars of $checked"
