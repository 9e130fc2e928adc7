package org.dipkg.extract;

import java.util.SortedSet;

/**
 * Who is speaking in a stretch of text and in what capacity.
 *
 * @param parties the speaker's parties (two or more when both sides speak)
 * @param speaker the label of the person or party words that opened the frame, or null
 * @param joint   true when what follows was agreed by both sides
 */
record Frame(SortedSet<String> parties, String speaker, boolean joint) {
}
