package org.dipkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {
    private static String refusal(int port, Duration timeout, long maxRows) {
        return assertThrows(IllegalArgumentException.class,
                () -> new SparqlServer.Options("127.0.0.1", port, timeout, false, maxRows)).getMessage();
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheOption() {
        assertEquals("--timeout must be positive", refusal(3030, Duration.ZERO, 0));
        assertEquals("--port must be between 0 and 65535", refusal(65536, Duration.ofSeconds(1), 0));
        assertEquals("--max-rows must be 0 (no cap) or more", refusal(3030, Duration.ofSeconds(1), -1));
    }

    @Test
    void theDefaultsAndTheEdgesOfEachRangeAreAccepted() {
        SparqlServer.Options.defaults();
        new SparqlServer.Options("127.0.0.1", 0, Duration.ofMillis(1), false, 0);
        new SparqlServer.Options("127.0.0.1", 65535, Duration.ofMillis(1), true, Long.MAX_VALUE);
    }
}
