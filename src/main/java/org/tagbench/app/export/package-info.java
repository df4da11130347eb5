/**
 * Files out and scores in: ExportService (submissions and reviewed labels), SubmissionRequest, EvaluationService,
 * ReviewedLabels.
 */
package org.tagbench.app.export;
