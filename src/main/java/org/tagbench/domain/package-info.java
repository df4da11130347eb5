/**
 * The words every layer shares, as types: {@link org.tagbench.domain.ClipId} (which clip),
 * {@link org.tagbench.domain.LabelSource} (where a label came from) and {@link org.tagbench.domain.LabelState} (what
 * reviewers decided). The bottom layer: it depends on nothing of
 * Tagbench, and the database keeps their lower-case names ({@code dbName}).
 */
package org.tagbench.domain;
