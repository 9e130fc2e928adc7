package org.dipkg.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import picocli.CommandLine.Option;

/** The {@code --verbose} option shared by every command: quiet by default, library logs on request. */
public final class LoggingMixin {
    @Option(names = {"-v", "--verbose"}, description = "Show library log messages and more detail.")
    public void setVerbose(boolean verbose) {
        Configurator.setRootLevel(verbose ? Level.INFO : Level.ERROR);
        this.verbose = verbose;
    }

    private boolean verbose;

    public boolean verbose() {
        return verbose;
    }
}
