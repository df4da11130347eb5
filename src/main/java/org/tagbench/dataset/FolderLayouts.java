package org.tagbench.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tagbench.domain.LabelSource;

/**
 * Layouts without CSVs. Folder per class: every visible sub-folder of the root is a class and the audio
 * files below it are its curated clips (split {@code train}). Plain folder: every visible audio file
 * below the root, unlabelled (split {@code unlabelled}), with an empty vocabulary because nothing in
 * the folder names classes; the application picks a vocabulary when it predicts. In both, fname is
 * the path relative to the root with '/' separators, e.g. {@code Bark/dog1.wav}.
 */
final class FolderLayouts {
    static final String FOLDER_PER_CLASS_SPLIT = "train";
    static final String PLAIN_FOLDER_SPLIT = "unlabelled";

    private FolderLayouts() {}

    static ClipCollector collectFolderPerClass(Path root) throws IOException {
        List<Path> classFolders = new ArrayList<>();
        List<ImportProblem> skipped = new ArrayList<>();
        for (Path folder : DatasetFiles.subfoldersOf(root)) {
            String name = folder.getFileName().toString();
            if (DatasetFiles.audioFilesBelow(folder).isEmpty()) {
                continue;
            }
            if (Vocabulary.isValidClassName(name)) {
                classFolders.add(folder);
            } else {
                skipped.add(ImportProblem.at(SourceLine.of(folder), null,
                        "folder name '" + name + "' cannot be a class (a comma or surrounding spaces); folder skipped"));
            }
        }
        List<String> classes = classFolders.stream().map(folder -> folder.getFileName().toString()).toList();
        ClipCollector clips = new ClipCollector(root, new Vocabulary("folder names", classes));
        skipped.forEach(clips::report);
        for (Path folder : classFolders) {
            List<String> labels = List.of(folder.getFileName().toString());
            for (Path file : DatasetFiles.audioFilesBelow(folder)) {
                clips.offer(new ClipCollector.Candidate(DatasetFiles.relativeName(root, file), FOLDER_PER_CLASS_SPLIT,
                        root, labels, LabelSource.CURATED, SourceLine.of(file)));
            }
        }
        return clips;
    }

    static ClipCollector collectPlainFolder(Path root) throws IOException {
        ClipCollector clips = new ClipCollector(root, Vocabulary.empty("none"));
        for (Path file : DatasetFiles.audioFilesBelow(root)) {
            clips.offer(ClipCollector.Candidate.unlabelled(DatasetFiles.relativeName(root, file), PLAIN_FOLDER_SPLIT,
                    root, SourceLine.of(file)));
        }
        return clips;
    }
}
