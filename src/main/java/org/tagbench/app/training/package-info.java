/**
 * One cross-validated training run: TrainingService, TrainRequest and TrainOutcome, workspace folds, augmented copies,
 * the model catalogue.
 */
package org.tagbench.app.training;
