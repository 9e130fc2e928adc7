package org.dipkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/** {@code dipkg report}: extract and show where the sources differ (the same as {@code extract --report}). */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extract, then report where the sources differ: wording side by side and items some sources "
            + "leave out.",
            "Takes the options of extract (see 'dipkg extract --help'); also writes the tables variance.csv and "
            + "variance.html into the output directory."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> all = new ArrayList<>(args);
        all.add(0, "--report");
        CommandLine extract = new CommandLine(new ExtractCommand());
        extract.setOut(spec.commandLine().getOut());
        extract.setErr(spec.commandLine().getErr());
        extract.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
        return extract.execute(all.toArray(new String[0]));
    }
}
