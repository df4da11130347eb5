package org.tagbench.app.runs;

/** How the predictions of several runs become one: mean, geometric mean, rank average, or a stacker fitted on OOF. */
public enum Combine {
    MEAN("mean"), GEOMETRIC_MEAN("geomean"), RANK("rank"), STACK("stack");

    private final String cliName;

    Combine(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Combine parse(String name) {
        for (Combine combine : values()) {
            if (combine.cliName.equals(name)) {
                return combine;
            }
        }
        throw new IllegalArgumentException("unknown combination '" + name + "': use mean, geomean, rank or stack");
    }
}
