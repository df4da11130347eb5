package org.tagbench.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.csv.CsvTable;

/**
 * Detects a dataset's layout and scans it: every CSV row is checked, every audio header read (in
 * parallel), and whatever fails is reported with its file, line and reason while the rest imports.
 *
 * <p>Detection, first match wins:
 * <ol>
 *   <li>FSD2019 when train_curated.csv, train_noisy.csv, train_curated/ or train_noisy/ exists;</li>
 *   <li>FSD2018 when train.csv, audio_train/ or audio_test/ exists;</li>
 *   <li>when only sample_submission.csv is there: FSD2018 if its header is {@code fname,label}, else FSD2019;</li>
 *   <li>FOLDER_PER_CLASS when the root holds no audio file itself but a visible sub-folder holds some;</li>
 *   <li>PLAIN_FOLDER otherwise (also for an empty folder).</li>
 * </ol>
 */
public final class DatasetScanner {

    private DatasetScanner() {}

    /** @throws IllegalArgumentException when root is not an existing folder */
    public static LayoutKind detect(Path root) {
        requireFolder(root);
        try {
            return detectIn(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list dataset folder " + root, e);
        }
    }

    /** @throws IllegalArgumentException when root is not an existing folder */
    public static DatasetScan scan(Path root) throws IOException {
        return scan(root, ScanListener.NONE);
    }

    /**
     * Scans with progress reports while audio headers are read.
     *
     * @throws IllegalArgumentException when root is not an existing folder
     * @throws java.io.InterruptedIOException when the calling thread is interrupted (the job was cancelled)
     */
    public static DatasetScan scan(Path root, ScanListener listener) throws IOException {
        requireFolder(root);
        Path realRoot = root.toRealPath();
        LayoutKind layout = detectIn(realRoot);
        ClipCollector collector = switch (layout) {
            case FSD2019 -> Fsd2019Layout.collect(realRoot);
            case FSD2018 -> Fsd2018Layout.collect(realRoot);
            case FOLDER_PER_CLASS -> FolderLayouts.collectFolderPerClass(realRoot);
            case PLAIN_FOLDER -> FolderLayouts.collectPlainFolder(realRoot);
        };
        ClipCollector.Result result = collector.finish(listener);
        return new DatasetScan(realRoot, layout, collector.vocabulary(), result.clips(), result.problems());
    }

    private static void requireFolder(Path root) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("dataset folder " + root.toAbsolutePath() + " does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("dataset path " + root.toAbsolutePath() + " is not a folder");
        }
    }

    private static LayoutKind detectIn(Path root) throws IOException {
        if (Fsd2019Layout.hasTrainingPieces(root)) {
            return LayoutKind.FSD2019;
        }
        if (Fsd2018Layout.hasTrainingPieces(root)) {
            return LayoutKind.FSD2018;
        }
        Path submission = root.resolve(Fsd2019Layout.SAMPLE_SUBMISSION);
        if (Files.isRegularFile(submission)) {
            List<String> header = CsvTable.readHeader(submission);
            return header.equals(Fsd2018Layout.SUBMISSION_HEADER) ? LayoutKind.FSD2018 : LayoutKind.FSD2019;
        }
        if (DatasetFiles.audioFilesIn(root).isEmpty() && hasAudioInSubfolder(root)) {
            return LayoutKind.FOLDER_PER_CLASS;
        }
        return LayoutKind.PLAIN_FOLDER;
    }

    private static boolean hasAudioInSubfolder(Path root) throws IOException {
        for (Path folder : DatasetFiles.subfoldersOf(root)) {
            if (!DatasetFiles.audioFilesBelow(folder).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
