#!/usr/bin/env bash
# Checks that an installed Tagbench holds none of the Spark job (spark/, ADR 0022): no jar of Apache Spark, Scala or
# Hadoop, and no class of org.tagbench.spark, in the app-image (or in the given folders or jars). packaging/build.sh
# runs it on the app-image it builds; run it by hand with
#   packaging/check-no-spark.sh [target/dist/Tagbench | target/lib | some.jar ...]
# Exit 0 when none is found, 1 naming each one found, 2 when there is nothing to check.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$repo/packaging/lib/app-jars.sh"
collect_app_jars check-no-spark "$@"

found=0
for jar in "${jars[@]}"; do
  name=$(basename "$jar")
  if [[ $name =~ ^(spark-|scala-|hadoop-|tagbench-spark) ]]; then
    echo "check-no-spark: $jar is a Spark, Scala or Hadoop jar" >&2
    found=1
    continue
  fi
  while IFS= read -r entry; do
    echo "check-no-spark: $jar holds $entry" >&2
    found=1
  done < <(unzip -Z1 "$jar" 2>/dev/null | grep -E '^(org/tagbench/spark/|org/apache/spark/|scala/).*\.class$' | head -3 || true)
done
if ((found)); then
  exit 1
fi
echo "check-no-spark: no Spark, Scala or Hadoop jar and no Spark job class in ${#jars[@]} jars of $checked"
