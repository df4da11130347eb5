/**
 * A workspace folder and its state: Workspace (database and feature cache), its info, state files, and the labels
 * training sees.
 */
package org.tagbench.app.workspace;
