/**
 * Dataset folders into a workspace: ImportService and its ImportReport.
 */
package org.tagbench.app.imports;
