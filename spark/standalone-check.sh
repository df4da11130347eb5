#!/usr/bin/env bash
# Runs the README's spark-submit line against a real Spark standalone cluster started on this machine: a master, one
# worker (2 cores) whose executors are separate JVMs that get the job jar the way a cluster's do. No Spark download:
# SPARK_HOME is a folder whose jars/ are the Spark jars Maven already put in spark/target/lib.
#   spark/standalone-check.sh BUNDLE CLIPS OUT     (after: mvn -B install && mvn -B -f spark/pom.xml package)
# Exit code: spark-submit's (1 when some files could not be scored, as `spark tag`). Logs in OUT.logs/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bundle="$1" clips="$2" out="$3"
job_jar="$(ls "$here"/target/tagbench-spark-*-job.jar)"
logs="$out.logs"
mkdir -p "$logs/spark-home/jars"
for jar in "$here"/target/lib/*.jar; do
  [[ "$(basename "$jar")" == tagbench-* ]] || ln -sf "$jar" "$logs/spark-home/jars/"
done
# What bin/spark-submit would set: SPARK_HOME for the worker's executor command, the Scala version of the jars, and
# the JDK module flags Spark 4.0 needs (the same list as ./tagbench spark and spark/pom.xml).
export SPARK_HOME="$logs/spark-home" SPARK_SCALA_VERSION=2.13
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
for package in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$package=ALL-UNNAMED")
done
class_path="$SPARK_HOME/jars/*"
java "${opens[@]}" -Xmx512m -cp "$class_path" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 18080 > "$logs/master.log" 2>&1 &
master=$!
worker=
trap 'kill $worker $master 2>/dev/null || true' EXIT
sleep 8
java "${opens[@]}" -Xmx512m -cp "$class_path" org.apache.spark.deploy.worker.Worker --cores 2 --memory 6g \
  --webui-port 18081 --work-dir "$logs/work" spark://127.0.0.1:7077 > "$logs/worker.log" 2>&1 &
worker=$!
sleep 10
# The README's line, with the master started above (org.apache.spark.deploy.SparkSubmit is what bin/spark-submit runs).
java "${opens[@]}" -cp "$class_path" org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 --deploy-mode client \
  --class org.tagbench.spark.SparkCli \
  --conf spark.executor.cores=2 --conf spark.task.cpus=1 --conf spark.executor.memory=4g \
  "$job_jar" \
  tag --bundle "$bundle" --clips "$clips" --out "$out" 2> "$logs/submit.log"
