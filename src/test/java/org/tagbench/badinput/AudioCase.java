package org.tagbench.badinput;

import java.util.function.Supplier;

/**
 * One generated audio file: its name in the dataset folder, how to make its bytes (lazily, since a 10-minute file is
 * 50 MB), and what must happen to it.
 */
record AudioCase(String fileName, Supplier<byte[]> bytes, Expectation expectation) {

    enum Expectation {
        /** A valid if unusual file: it must import and get its features. */
        IMPORTS,
        /** Not usable audio: it must be reported, with its name and a reason, at import or at feature extraction. */
        REPORTED,
        /** Damaged in a way a decoder may recover from (a cut tail, a flipped sample): either outcome, but not silence. */
        EITHER
    }

    static AudioCase imports(String fileName, Supplier<byte[]> bytes) {
        return new AudioCase(fileName, bytes, Expectation.IMPORTS);
    }

    static AudioCase reported(String fileName, Supplier<byte[]> bytes) {
        return new AudioCase(fileName, bytes, Expectation.REPORTED);
    }

    static AudioCase either(String fileName, Supplier<byte[]> bytes) {
        return new AudioCase(fileName, bytes, Expectation.EITHER);
    }

    @Override
    public String toString() {
        return fileName + " (" + expectation.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
