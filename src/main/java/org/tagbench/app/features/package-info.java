/**
 * Clips to feature matrices: FeatureRecipe (mel preset, trim, input kind), FeatureService and its cache, MelService
 * for one file.
 */
package org.tagbench.app.features;
