/**
 * The installation and the user's machine: TagbenchHome, UserDataFolder, the demo workspace, BuildInfo, the failure
 * log, the doctor, the Gson of the application's own JSON files (JsonFiles).
 */
package org.tagbench.app.platform;
