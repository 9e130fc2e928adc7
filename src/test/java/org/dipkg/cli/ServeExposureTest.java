package org.dipkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServeExposureTest {
    @Test
    void listeningOnLoopbackIsQuietAndOnAllInterfacesIsWarned() {
        assertEquals(Optional.empty(), ServeCommand.exposure("127.0.0.1"));
        assertEquals(Optional.empty(), ServeCommand.exposure("::1"));
        assertEquals(Optional.empty(), ServeCommand.exposure("localhost"));
        assertTrue(ServeCommand.exposure("0.0.0.0").orElseThrow().contains("whoever reaches it"));
    }
}
