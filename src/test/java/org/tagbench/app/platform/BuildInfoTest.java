package org.tagbench.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildInfoTest {
    /** The commit comes from the build, not from a .git folder beside the program (an installed copy has none). */
    @Test
    void theBuildRecordsTheCommitOfTheCheckoutItWasBuiltFrom() throws Exception {
        String head = gitHead();
        assumeTrue(head != null, "not built from a git checkout");
        assertEquals(head, BuildInfo.current().commit());
    }

    @Test
    void placeholdersLeftByABuildOutsideMavenReadAsUnknown() {
        Properties properties = new Properties();
        properties.setProperty("version", "${project.version}");
        properties.setProperty("commit", "${build.commit}");
        assertEquals(new BuildInfo("development build", "unknown"), BuildInfo.from(properties));
    }

    @Test
    void describeShortensTheCommit() {
        assertEquals("Tagbench 0.1.0 (commit e08f842ac5fd)",
                new BuildInfo("0.1.0", "e08f842ac5fdc7b7656cd64b4880282b2a10b0a2").describe());
    }

    private static String gitHead() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException noGit) {
            return null;
        }
    }
}
