package org.tagbench.audio;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * TarsosDSP 2.4.1's WSOLA prints "New overlapLength..." to standard output each time it is set up (every time
 * stretch, pitch shift and playback speed change), which buried the CLI's own output under hundreds of lines. This
 * wraps standard output once, at start-up, dropping exactly those lines.
 */
public final class TarsosDebugFilter extends PrintStream {
    private static final String TARSOS_DEBUG_LINE = "New overlapLength";

    private TarsosDebugFilter(OutputStream target, Charset charset) {
        super(target, true, charset);
    }

    /** Wraps {@code System.out}; calling it again does nothing. */
    public static synchronized void install() {
        if (!(System.out instanceof TarsosDebugFilter)) {
            System.setOut(new TarsosDebugFilter(System.out, Charset.defaultCharset()));
        }
    }

    @Override
    public void println(String line) {
        if (line == null || !line.startsWith(TARSOS_DEBUG_LINE)) {
            super.println(line);
        }
    }
}
