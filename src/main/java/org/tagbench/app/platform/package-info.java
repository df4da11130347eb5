/**
 * The installation and the user's machine: TagbenchHome, UserDataFolder, the demo workspace, BuildInfo, the failure
 * log, the doctor.
 */
package org.tagbench.app.platform;
