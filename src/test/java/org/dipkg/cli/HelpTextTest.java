package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTextTest {

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(Main.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }

    @Test
    void everyDescriptionLineIsAWholeSentenceSoWrappingNeverBreaksOneMidway() {
        for (CommandLine c : allCommands()) {
            for (String line : c.getCommandSpec().usageMessage().description()) {
                String end = line.replace("%n", "").strip(); // picocli's format line break
                assertTrue(end.endsWith(".") || end.endsWith(":") || end.endsWith(")"),
                        c.getCommandSpec().qualifiedName() + ": description line ends mid-sentence: " + line);
            }
        }
    }

    @Test
    void wrappingBreaksDescriptionsOnlyBetweenWords() {
        for (CommandLine c : allCommands()) {
            Set<String> words = new HashSet<>();
            for (String line : c.getCommandSpec().usageMessage().description()) {
                words.addAll(List.of(line.replace("%n", " ").split("\\s+")));
            }
            for (String shown : c.getHelp().description().strip().split("\\s+")) {
                assertTrue(shown.isEmpty() || words.contains(shown),
                        c.getCommandSpec().qualifiedName() + ": help shows a broken word '" + shown + "'");
            }
        }
    }

    @Test
    void wrappingBreaksOptionDescriptionsOnlyBetweenWords() {
        for (CommandLine c : allCommands()) {
            StringBuilder raw = new StringBuilder();
            for (OptionSpec o : c.getCommandSpec().options()) {
                raw.append(String.join(" ", o.description())).append(' ');
            }
            List<String> lines = c.getHelp().optionList().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            for (int i = 1; i < lines.size(); i++) {
                String[] before = lines.get(i - 1).split("\\s+");
                String joined = before[before.length - 1] + lines.get(i).split("\\s+")[0];
                assertFalse(raw.indexOf(joined) >= 0 && raw.indexOf(before[before.length - 1] + " ") < 0,
                        c.getCommandSpec().qualifiedName() + ": an option's help breaks '" + joined + "'");
            }
        }
    }

    @Test
    void everyOptionIsDescribedAndNamesItsValueForTheUser() {
        for (CommandLine c : allCommands()) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                String where = c.getCommandSpec().qualifiedName() + " " + o.longestName();
                assertTrue(o.description().length > 0 && !o.description()[0].isBlank(), where + " has no description");
                if (o.arity().max() > 0) {
                    assertFalse(o.paramLabel().startsWith("<"), where + " shows its field name " + o.paramLabel());
                }
            }
        }
    }
}
