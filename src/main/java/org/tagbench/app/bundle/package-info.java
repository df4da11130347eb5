/**
 * Scoring outside the workbench (issue 17): a trained run or ensemble run exported as a self-contained, versioned
 * bundle ({@link org.tagbench.app.bundle.BundleExporter}), the batch scorer that the Spark job runs per executor thread
 * with the app's own decoder, log-mel and models ({@link org.tagbench.app.bundle.BundleScorer}), and the import of its
 * scores back as the stored predictions of that run ({@link org.tagbench.app.bundle.PredictionImport}).
 */
package org.tagbench.app.bundle;
