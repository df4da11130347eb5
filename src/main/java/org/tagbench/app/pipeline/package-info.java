/**
 * Trainings of several runs: noisy-label pipelines, pseudo-labels, recipes (ensembles of presets), and the window's
 * retrain.
 */
package org.tagbench.app.pipeline;
