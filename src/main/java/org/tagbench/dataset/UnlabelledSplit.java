package org.tagbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.csv.CsvTable;

/** A split without labels (a test folder): listed by a CSV whose first column is fname, or by the folder itself. */
final class UnlabelledSplit {
    private UnlabelledSplit() {}

    /**
     * @param listing a CSV with a valid header whose first column is fname, or null to take every
     *                audio file in the folder
     */
    static void collect(ClipCollector clips, Path folder, String split, CsvTable listing) throws IOException {
        if (listing != null) {
            collectListed(clips, folder, split, listing);
        } else if (Files.isDirectory(folder)) {
            for (Path file : DatasetFiles.audioFilesIn(folder)) {
                String fname = file.getFileName().toString();
                clips.offer(ClipCollector.Candidate.unlabelled(fname, split, folder, SourceLine.of(file)));
            }
        }
    }

    private static void collectListed(ClipCollector clips, Path folder, String split, CsvTable listing) {
        List<CsvTable.Row> rows = listing.rows();
        if (!Files.isDirectory(folder)) {
            if (!rows.isEmpty()) {
                clips.report(SourceLine.of(listing.file()), null, "folder "
                        + DatasetFiles.relativeName(clips.root(), folder) + "/ not found; " + rows.size() + " rows skipped");
            }
            return;
        }
        for (CsvTable.Row row : rows) {
            String fname = row.field(0);
            ImportProblem wrongCount = CsvProblems.format(listing, row, fname);
            if (wrongCount != null) {
                clips.report(wrongCount);
            } else if (fname.isEmpty()) {
                clips.report(CsvProblems.origin(row), null, "empty fname");
            } else {
                clips.offer(ClipCollector.Candidate.unlabelled(fname, split, folder, CsvProblems.origin(row)));
            }
        }
        if (listing.failure() != null) {
            clips.report(CsvProblems.failure(listing));
        }
    }
}
