package org.dipkg.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README stays a user's page: short, with the rest in docs/ and every link it gives there. */
class ReadmeTest {
    static final long MAX_BYTES = 25_000;

    @Test
    void theReadmeStaysWithinItsSizeAndEveryDocItLinksToExists() throws IOException {
        Path readme = Path.of("README.md");
        assertTrue(Files.size(readme) <= MAX_BYTES, "README.md is " + Files.size(readme) + " bytes");
        Matcher m = Pattern.compile("\\]\\((docs/[^)#]+)").matcher(Files.readString(readme));
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(Files.isRegularFile(Path.of(m.group(1))), m.group(1) + " is linked but missing");
        }
        assertTrue(links >= 4, "the README points to docs/ for rules, performance, ontology and evaluation");
    }
}
