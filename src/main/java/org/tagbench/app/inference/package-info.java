/**
 * What trained runs say about clips: PredictionService for a split, SuggestionService for the clip in view, the
 * windows a run takes.
 */
package org.tagbench.app.inference;
