package org.dipkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dipkg.rules.RuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private static final String A = "新华社北京5月6日电 国家主席习近平同法国总统马克龙举行会谈。双方同意加强航空航天合作，"
            + "重启中法高级别经济财金对话。习近平指出，中方愿同法方深化核能合作。";
    private static final String B = "外交部发言人表示，双方同意建立中法海洋事务工作组，并于年内举行新一轮磋商。";

    /** The graph as sorted N-Quads and the documents and failures in the order the run reported them. */
    private static String run(List<Path> roots, int threads, long batchBytes) {
        Pipeline.Result r = new Pipeline(RuleData.bundled(), threads).batches(batchBytes).run(roots, m -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, r.graph().dataset(), RDFFormat.NQUADS);
        List<String> lines = new java.util.ArrayList<>(List.of(out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")));
        java.util.Collections.sort(lines);
        return String.join("\n", lines) + "\n" + r.sources() + "\n" + r.failures();
    }

    @Test
    void batchesAndThreadsGiveTheSameGraphAndOrderAsOneDocumentAtATime(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve(String.format("d%02d.txt", i)), i % 2 == 0 ? A : B);
        }
        Files.write(dir.resolve("d05b.txt"), new byte[] {'a', 0, 'b'});
        String single = run(List.of(dir), 1, 1);
        assertEquals(single, run(List.of(dir), 1, 400), "batches of a few documents, one thread");
        assertEquals(single, run(List.of(dir), 3, 400), "batches of a few documents, three threads");
        assertEquals(single, run(List.of(dir), 3, 1), "one document per batch, three threads");
        assertEquals(single, run(List.of(dir), 1, Pipeline.BATCH_BYTES), "one batch of everything, one thread");
        assertEquals(single, run(List.of(dir), 2, Pipeline.BATCH_BYTES), "the default batches, two threads");
    }
}
