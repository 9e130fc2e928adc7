package org.dipkg.extract;

/**
 * Decides a commitment's kind from what its clause and frame say, and nothing else: one pure function,
 * so that every rule of the decision can be read, and tested, in one place.
 */
final class KindRule {
    private KindRule() {
    }

    /** What a counted set's noun says of its members: 承诺 holds pledges, 建议 one side's proposals. */
    enum SetRole { NONE, PLEDGE, PROPOSAL, PRINCIPLE, OTHER }

    /**
     * The facts of one clause that decide its kind.
     *
     * @param principles  a bare list of stated principles (平等互利、和平共处…)
     * @param set         what the noun of the counted set it belongs to says of its members
     * @param agreed      both sides' frame: they agreed, decided, announced or welcomed it, or will do it
     * @param jointly     one side's 共同… / 双方要… programme
     * @param stance      the clause is marked as a stance (a negation, a modal word, an explicit subject,
     *                    a set): narration is no commitment
     * @param demand      what one side says the other should or should not do
     * @param marker      a commitment marker governs the clause: 承诺, 保证, 将, 愿, or a verb of restraint
     * @param will        the marker is 将: one side announcing its own measure
     * @param addressed   the other side is named in the sentence: the act is made to it
     * @param general     the act is a general willingness (加强沟通, 深化合作), not a concrete act or restraint
     * @param restraint   a restraint the side states (不寻求, 无意, 不支持)
     * @param suspension  a suspension or cancellation of the side's own measures (暂停实施…加征关税), which a
     *                    side announces as its part of a deal
     * @param decided     one side's decision frames the clause (中方决定…, 美方宣布…): a measure of its own
     */
    record Facts(boolean principles, SetRole set, boolean agreed, boolean jointly, boolean stance, boolean demand,
                 boolean marker, boolean will, boolean addressed, boolean general, boolean restraint,
                 boolean suspension, boolean decided) {
    }

    /** The kind, or null when the clause states no commitment. */
    static CommitmentKind decide(Facts f) {
        if (f.principles()) {
            return CommitmentKind.PRINCIPLE;
        }
        if (f.set() == SetRole.PLEDGE) {
            return CommitmentKind.PLEDGE;
        }
        if (f.set() == SetRole.PROPOSAL && !f.agreed()) {
            return CommitmentKind.PROPOSAL;
        }
        if (f.set() == SetRole.PRINCIPLE && !f.agreed()) {
            return CommitmentKind.PRINCIPLE;
        }
        if (f.agreed()) {
            return CommitmentKind.AGREEMENT;
        }
        if (f.jointly()) {
            return CommitmentKind.PROPOSAL;
        }
        if (!f.stance() && f.set() == SetRole.NONE) {
            return null;
        }
        if (f.demand()) {
            return CommitmentKind.POSITION;
        }
        if (f.marker() && f.addressed() && !f.general()) {
            return CommitmentKind.PLEDGE;
        }
        if (f.decided() && (!f.general() || f.suspension())) {
            return CommitmentKind.UNILATERAL; // 中方决定暂停…对话: its own measure, not its part of a deal
        }
        if (f.suspension() || f.restraint() && (f.marker() || f.addressed())) {
            return CommitmentKind.PLEDGE;
        }
        if (f.will() && !f.general()) {
            return CommitmentKind.UNILATERAL;
        }
        return CommitmentKind.POSITION;
    }
}
