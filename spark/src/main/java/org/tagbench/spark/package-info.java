/**
 * The Spark job of issue 17 (ADR 0022): {@link org.tagbench.spark.TagJob} scores a listing of audio files with an
 * exported bundle, {@link org.tagbench.spark.SparkCli} is its command line ({@code tag}, {@code import-predictions}).
 * Everything that decodes, computes log-mel and predicts is the app's ({@code org.tagbench.app.bundle.BundleScorer});
 * this package only spreads it over partitions and writes the rows.
 */
package org.tagbench.spark;
