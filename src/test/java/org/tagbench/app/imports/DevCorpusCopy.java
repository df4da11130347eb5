package org.tagbench.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.tagbench.testsupport.TestData;

/** A writable copy of the dev corpus for tests that change files. */
final class DevCorpusCopy {
    private DevCorpusCopy() {}

    static Path into(Path target) throws IOException {
        Path source = TestData.devCorpus();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                    destination.toFile().setWritable(true);
                }
            }
        }
        return target;
    }
}
