package org.dipkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.dipkg.extract.KindRule.SetRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kind decision, one row per rule: the facts of a clause and the kind they make. */
class KindRuleTest {

    /** principles, set, agreed, jointly, stance, demand, marker, will, addressed, general, restraint, suspension → kind (decided: see {@link #decided}). */
    static Stream<Arguments> rows() {
        return Stream.of(
                row("平等互利、和平共处、开放包容", true, SetRole.NONE, false, false, true, false, false, false, false, false, false, false, CommitmentKind.PRINCIPLE),
                row("五点承诺的一项: 一个方的承诺", false, SetRole.PLEDGE, false, false, true, false, false, false, false, false, false, false, CommitmentKind.PLEDGE),
                row("三点建议: 一方的建议", false, SetRole.PROPOSAL, false, false, true, false, false, false, false, false, false, false, CommitmentKind.PROPOSAL),
                row("双方同意的建议内容是协议", false, SetRole.PROPOSAL, true, false, true, false, false, false, false, false, false, false, CommitmentKind.AGREEMENT),
                row("几个原则: 一方所持的原则", false, SetRole.PRINCIPLE, false, false, true, true, false, false, false, false, false, false, CommitmentKind.PRINCIPLE),
                row("双方同意恢复…", false, SetRole.NONE, true, false, true, false, false, false, false, false, false, false, CommitmentKind.AGREEMENT),
                row("双方将继续…(双方, 将)", false, SetRole.NONE, true, false, true, false, true, true, false, false, false, false, CommitmentKind.AGREEMENT),
                row("一方的 共同… 计划", false, SetRole.NONE, false, true, true, false, false, false, false, false, false, false, CommitmentKind.PROPOSAL),
                row("叙述, 无标记", false, SetRole.NONE, false, false, false, false, false, false, false, false, false, false, null),
                row("希望美方…", false, SetRole.NONE, false, false, true, true, false, false, true, false, false, false, CommitmentKind.POSITION),
                row("日方不寻求同中方对抗", false, SetRole.NONE, false, false, true, false, true, false, true, false, true, false, CommitmentKind.PLEDGE),
                row("中方自…起暂停对美加征关税", false, SetRole.NONE, false, false, true, false, false, false, false, false, false, true, CommitmentKind.PLEDGE),
                row("中方愿进口更多法国产品", false, SetRole.NONE, false, false, true, false, true, false, true, false, false, false, CommitmentKind.PLEDGE),
                row("中方愿同法方加强沟通", false, SetRole.NONE, false, false, true, false, true, false, true, true, false, false, CommitmentKind.POSITION),
                row("中方愿提供支持 (无对方)", false, SetRole.NONE, false, false, true, false, true, false, false, false, false, false, CommitmentKind.POSITION),
                row("中方将依法开展审批 (无对方)", false, SetRole.NONE, false, false, true, false, true, true, false, false, false, false, CommitmentKind.UNILATERAL),
                row("中方将对法国公民延长免签", false, SetRole.NONE, false, false, true, false, true, true, true, false, false, false, CommitmentKind.PLEDGE),
                row("中方坚持… (有主语)", false, SetRole.NONE, false, false, true, false, false, false, false, false, false, false, CommitmentKind.POSITION),
                row("一方的否定 无对方无标记", false, SetRole.NONE, false, false, true, false, false, false, false, false, true, false, CommitmentKind.POSITION));
    }

    private static Arguments row(String example, boolean principles, SetRole set, boolean agreed, boolean jointly,
                                 boolean stance, boolean demand, boolean marker, boolean will, boolean addressed,
                                 boolean general, boolean restraint, boolean suspension, CommitmentKind kind) {
        return Arguments.of(example, new KindRule.Facts(principles, set, agreed, jointly, stance, demand, marker, will,
                addressed, general, restraint, suspension, false), kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesTheKindFromTheClause(String example, KindRule.Facts facts, CommitmentKind kind) {
        assertEquals(kind, KindRule.decide(facts), example);
    }
    @Test
    void decided() {
        // 中方决定暂停…: one side's decision is its own measure, even of a suspension
        assertEquals(CommitmentKind.UNILATERAL, KindRule.decide(new KindRule.Facts(false, SetRole.NONE, false, false, true,
                false, false, false, true, false, false, true, true)));
        // 中方决定暂停…对话: a dialogue's suspension is a measure, though 对话 ends a general act too
        assertEquals(CommitmentKind.UNILATERAL, KindRule.decide(new KindRule.Facts(false, SetRole.NONE, false, false, true,
                false, false, false, true, true, false, true, true)));
        // 中方决定同法方加强沟通: a general willingness stays a position
        assertEquals(CommitmentKind.POSITION, KindRule.decide(new KindRule.Facts(false, SetRole.NONE, false, false, true,
                false, false, false, true, true, false, false, true)));
    }
}
