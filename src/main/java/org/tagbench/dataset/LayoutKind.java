package org.tagbench.dataset;

/** The folder layouts {@link DatasetScanner} recognises. */
public enum LayoutKind {
    /** FSDKaggle2019: train_curated.csv + train_curated/, train_noisy.csv + train_noisy/, test/ + sample_submission.csv. */
    FSD2019,
    /** FSDKaggle2018: train.csv (fname,label,manually_verified) + audio_train/, audio_test/. */
    FSD2018,
    /** One sub-folder per class holding that class's audio files. */
    FOLDER_PER_CLASS,
    /** Audio files without labels. */
    PLAIN_FOLDER
}
