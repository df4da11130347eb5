package org.tagbench.export;

/** The two Kaggle submission layouts (TECHNIQUES §2.2, §2.4). */
public enum SubmissionFormat {
    /** FAT2019: {@code fname} then one score column per class; scored by lwlrap. */
    FSD2019("2019"),
    /** 2018: {@code fname,label} with up to three class names, best first; scored by MAP@3. */
    FSD2018("2018");

    private final String year;

    SubmissionFormat(String year) {
        this.year = year;
    }

    /** The competition year users name the layout by ({@code --format 2019}). */
    public String year() {
        return year;
    }

    public static SubmissionFormat ofYear(String year) {
        for (SubmissionFormat format : values()) {
            if (format.year.equals(year)) {
                return format;
            }
        }
        throw new IllegalArgumentException("the submission format is 2019 or 2018, not " + year);
    }
}
