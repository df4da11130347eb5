package org.tagbench.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the git commit this program was built from, as the build wrote them into version.properties
 * (git rev-parse HEAD through maven-antrun-plugin, see pom.xml). Read from the jar, so an installed copy with no .git knows them too.
 */
public record BuildInfo(String version, String commit) {
    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/org/tagbench/version.properties";

    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return from(properties);
    }

    /** A value the build did not fill in (classes compiled outside Maven keep the "${...}" placeholder) is unknown. */
    static BuildInfo from(Properties properties) {
        return new BuildInfo(filled(properties.getProperty("version"), "development build"),
                filled(properties.getProperty("commit"), UNKNOWN));
    }

    private static String filled(String value, String otherwise) {
        return value == null || value.isBlank() || value.contains("${") ? otherwise : value.trim();
    }

    /** "Tagbench 0.1.0 (commit e08f842ac5fd)": the commit shortened to 12 characters, as git does when it must. */
    public String describe() {
        String shortCommit = commit.length() > 12 ? commit.substring(0, 12) : commit;
        return "Tagbench " + version + " (commit " + shortCommit + ")";
    }
}
