package org.tagbench.export;

/** The two Kaggle submission layouts (TECHNIQUES §2.2, §2.4). */
public enum SubmissionFormat {
    /** FAT2019: {@code fname} then one score column per class; scored by lwlrap. */
    FSD2019,
    /** 2018: {@code fname,label} with up to three class names, best first; scored by MAP@3. */
    FSD2018
}
