package org.tagbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Local paths and Hadoop file system URIs ({@code hdfs://}, {@code s3a://}, {@code file:}) as the job takes them. */
final class HadoopPaths {
    private HadoopPaths() {}

    /** Whether the name is a plain path or a {@code file:} URI (read in place, no copy). */
    static boolean isLocal(String name) {
        String scheme = schemeOf(name);
        return scheme == null || scheme.equals("file");
    }

    static String schemeOf(String name) {
        int colon = name.indexOf(':');
        if (colon < 2 || name.indexOf('/') >= 0 && name.indexOf('/') < colon) {
            return null;   // no scheme, or a Windows drive letter
        }
        return name.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    /** A local name as a path: {@code file:/x/y.wav} and {@code /x/y.wav} alike. */
    static Path localPath(String name) {
        return name.startsWith("file:") ? Path.of(URI.create(name)) : Path.of(name);
    }

    /** The name as a readable string: local ones as plain absolute paths, others as they are. */
    static String display(String name) {
        return isLocal(name) ? localPath(name).toAbsolutePath().normalize().toString() : name;
    }

    static org.apache.hadoop.fs.Path hadoop(String name) {
        return isLocal(name) ? new org.apache.hadoop.fs.Path(localPath(name).toAbsolutePath().toUri())
                : new org.apache.hadoop.fs.Path(name);
    }

    static FileSystem fileSystem(String name, Configuration conf) throws IOException {
        return hadoop(name).getFileSystem(conf);
    }

    /** A local copy of a remote file or folder under {@code into}; a local one is returned as it is. */
    static Path localCopy(String name, Path into, Configuration conf) {
        if (isLocal(name)) {
            return localPath(name);
        }
        try {
            Files.createDirectories(into);
            org.apache.hadoop.fs.Path source = hadoop(name);
            Path target = into.resolve(source.getName());
            fileSystem(name, conf).copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(target.toUri()), true);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + name + " to this machine", e);
        }
    }
}
