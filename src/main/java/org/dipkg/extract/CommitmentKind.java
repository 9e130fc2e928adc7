package org.dipkg.extract;

import java.util.Locale;

/** The kinds of commitment of the output contract. */
public enum CommitmentKind {
    AGREEMENT, PLEDGE, PROPOSAL, PRINCIPLE, POSITION, UNILATERAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
