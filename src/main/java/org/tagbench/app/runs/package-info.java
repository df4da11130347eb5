/**
 * Recorded runs for people: RunsService (metrics, active ensemble, comparison), out-of-sample scores, how runs combine
 * (Combine).
 */
package org.tagbench.app.runs;
