package org.dipkg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Refuses the regular expressions of a query (REGEX, REPLACE) that could backtrack for ever: a regular
 * expression evaluates one string in one step, which no timeout can stop. A pattern must be a constant of
 * at most {@value #MAX_LENGTH} characters, without back-references and without a repeated group that
 * itself repeats or has alternatives ({@code (a+)+}, {@code (a|aa)*}): what is left runs in time that grows
 * with the string, not exponentially.
 */
final class RegexGuard {
    static final int MAX_LENGTH = 200;

    private RegexGuard() {
    }

    /** Why the query's regular expressions cannot be run, or null when they can. */
    static String problem(Query query) {
        Op op = Algebra.compile(query);
        String[] found = {null};
        Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (found[0] == null && (func instanceof E_Regex || func instanceof E_StrReplace)) {
                    Expr pattern = args.get(1);
                    found[0] = pattern.isConstant() && pattern.getConstant().isString()
                            ? patternProblem(pattern.getConstant().getString())
                            : "a regular expression must be a string constant";
                }
                return super.transform(func, args);
            }
        }, op);
        return found[0];
    }

    /** Why a pattern could backtrack for ever, or null. */
    static String patternProblem(String p) {
        if (p.length() > MAX_LENGTH) {
            return "a regular expression of more than " + MAX_LENGTH + " characters";
        }
        // per open group: whether something inside repeats or has alternatives
        java.util.ArrayDeque<boolean[]> groups = new java.util.ArrayDeque<>();
        groups.push(new boolean[1]);
        boolean inClass = false;
        boolean lastWasRiskyGroup = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean riskyGroup = false;
            if (c == '\\') {
                if (i + 1 < p.length() && Character.isDigit(p.charAt(i + 1)) && p.charAt(i + 1) != '0' && !inClass) {
                    return "a regular expression with a back-reference (\\" + p.charAt(i + 1) + ")";
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                groups.push(new boolean[1]);
            } else if (c == ')' && groups.size() > 1) {
                riskyGroup = groups.pop()[0];
                if (riskyGroup) {
                    groups.peek()[0] = true;
                }
            } else if (c == '|') {
                groups.peek()[0] = true;
            } else if (repeats(p, i)) {
                if (lastWasRiskyGroup) {
                    return "a regular expression that repeats a group which itself repeats or has alternatives";
                }
                groups.peek()[0] = true;
            }
            lastWasRiskyGroup = riskyGroup;
        }
        return null;
    }

    /** Whether the quantifier at {@code i} lets what precedes it repeat (*, +, {n,} or {n,m} with m > 1). */
    private static boolean repeats(String p, int i) {
        char c = p.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c != '{') {
            return false;
        }
        int close = p.indexOf('}', i);
        if (close < 0) {
            return false;
        }
        String[] bounds = p.substring(i + 1, close).split(",", -1);
        try {
            return bounds.length == 2 && (bounds[1].isEmpty() || Integer.parseInt(bounds[1].strip()) > 1)
                    || bounds.length == 1 && Integer.parseInt(bounds[0].strip()) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
