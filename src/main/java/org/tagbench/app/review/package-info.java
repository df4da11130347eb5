/**
 * A reviewer's work: DecisionService, ReviewSession (undo, redo), ReviewQueueService and its label scores, noise-
 * detection quality.
 */
package org.tagbench.app.review;
