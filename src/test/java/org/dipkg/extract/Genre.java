package org.dipkg.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.dipkg.rules.RuleData;
import org.dipkg.text.InputException;

/** Test texts written in the genre (not taken from the seeds), and one shared extractor. */
final class Genre {
    private static Extractor extractor;

    private Genre() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(RuleData.bundled());
        }
        return extractor;
    }

    static DocumentAnalysis analyse(String text) {
        try {
            return extractor().analyse(extractor().read(Path.of("t.txt"), "t.txt",
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> labels(DocumentAnalysis a, EntityType type) {
        return a.mentions().stream().filter(m -> m.type() == type).map(Mention::label).toList();
    }

    static List<Commitment> commitments(DocumentAnalysis a, Predicate<Commitment> p) {
        return a.commitments().stream().filter(p).toList();
    }

    static String text(DocumentAnalysis a, Commitment c) {
        return a.document().text(c.span());
    }

    /** A readout of a call: a new dialogue, a new working group, a restarted committee, a time. */
    static final String CALL_READOUT = """
            新华社北京3月8日电 2024年3月8日，国家主席习近平应约同法国总统马克龙通电话。
            习近平指出，中法关系保持稳定发展势头，双方要加强战略沟通。
            马克龙表示，法方愿同中方加强各领域合作。
            两国元首同意建立中法数字经济对话，成立中法海洋合作工作组，重启中法航空合作联委会，同意明年早些时候举行中法高级别人文交流机制会议。
            两国元首同意继续保持密切沟通。
            """;

    /** One side's counted pledges, with negation. */
    static final String PLEDGES = """
            2024年5月2日，美国总统拜登同国家主席习近平举行视频会晤。
            拜登表示，美方重申三点承诺，即：美国不寻求同中国对抗，不支持任何分裂活动，无意限制两国正常贸易往来。
            """;

    /** A numbered list of one side's joint proposals. */
    static final String PROPOSALS = """
            2024年6月1日，国家主席习近平会见韩国总统尹锡悦。
            习近平就中韩关系提出四点建议。
            一是共同维护地区和平稳定。
            二是共同推进贸易便利化。
            三是共同加强人员往来。
            四是共同应对气候变化。
            """;

    /** A briefing with a field list of consultations and one side's measure. */
    static final String BRIEFING = """
            王毅说，两国元首同意推进在能源、农业、卫生和数字经济等各领域的机制性磋商。
            王毅表示，中方将举办第二届中非经贸博览会。
            """;
}
