package org.dipkg.extract;

import java.util.List;
import java.util.SortedSet;
import org.dipkg.text.Span;

/**
 * One commitment frame found in a document.
 *
 * @param kind      agreement, pledge, proposal, principle, position or unilateral
 * @param parties   ISO 3166 alpha-2 codes of who commits or holds it
 * @param addressee ISO codes of the side it is made to, where the text says (向中方, 同美方), else empty
 * @param speaker   label of the person or party whose words these are, or null
 * @param action    a term of the action vocabulary
 * @param negative  true when the commitment denies ("不寻求…")
 * @param status    new, resumed, restarted, reaffirmed, continued, or null when not stated
 * @param span      the item's span in the analysis text
 * @param object    what the action is about (the item less its verb), Simplified
 * @param objects   the mechanisms, working groups or documents the item concerns
 * @param set       the counted or enumerated set it belongs to, or null
 * @param time      the time the item gives, normalised against the document date, or null
 * @param condition a condition the item states (在…基础上, 在…前提下), or null
 */
public record Commitment(CommitmentKind kind, SortedSet<String> parties, SortedSet<String> addressee,
                         String speaker, String action,
                         boolean negative, String status, Span span, String object, List<Mention> objects,
                         CountedSet set, String time, String condition, double confidence) {

    public String partyKey() {
        return String.join("+", parties);
    }
}
