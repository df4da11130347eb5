package org.tagbench.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.features.MelService;
import org.tagbench.dsp.MelConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mel", description = "Print the log-mel (dB) matrix of an audio file as CSV: rows = mel bands low to high, columns = frames.")
final class MelCommand implements Callable<Integer> {
    @Parameters(paramLabel = "AUDIO_FILE")
    Path file;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "daisukelab",
            description = "MelConfig preset (default: ${DEFAULT-VALUE}); see 'tagbench bench mel --help' for the list.")
    String preset;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write to this file instead of stdout.")
    Path out;

    @Option(names = "--power", description = "The mel power (magnitude for power-1 presets) before the log.")
    boolean power;

    @Override
    public Integer call() throws Exception {
        MelConfig config = MelConfig.preset(preset);
        float[][] matrix = MelService.melOf(file, config, power);
        String format = power ? "%.7e" : "%.5f";
        if (out == null) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(matrix, format, writer);
            writer.flush();
        } else {
            try (Writer writer = Files.newBufferedWriter(out)) {
                write(matrix, format, writer);
            }
        }
        return ExitCodes.OK;
    }

    private static void write(float[][] matrix, String format, Writer writer) throws IOException {
        StringBuilder line = new StringBuilder();
        for (float[] row : matrix) {
            line.setLength(0);
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    line.append(',');
                }
                line.append(String.format(Locale.ROOT, format, row[column]));
            }
            writer.write(line.append('\n').toString());
        }
    }
}
