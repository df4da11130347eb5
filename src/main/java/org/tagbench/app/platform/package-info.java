/**
 * The installation and the user's machine: TagbenchHome, UserDataFolder, the demo workspace, BuildInfo, the failure
 * log, the doctor, the Gson of the JSON files that can hold clip ids (JsonFiles).
 */
package org.tagbench.app.platform;
