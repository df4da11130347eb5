package org.tagbench.cli;

import java.util.concurrent.Callable;
import org.tagbench.app.platform.DoctorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "doctor", description = "Check that Java, JavaFX, SQLite, the audio decoders and the PyTorch engine work here.")
final class DoctorCommand implements Callable<Integer> {
    @Option(names = "--no-engine", description = "Skip loading the PyTorch engine (a quicker check).")
    boolean skipEngine;

    @Override
    public Integer call() {
        DoctorService.Report report = DoctorService.examine(!skipEngine);
        for (DoctorService.Check check : report.checks()) {
            System.out.printf("%-4s %-15s %s%n", check.ok() ? "ok" : "FAIL", check.component(), check.detail());
        }
        System.out.println(report.healthy() ? "all checks passed" : "some checks failed");
        return report.healthy() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
