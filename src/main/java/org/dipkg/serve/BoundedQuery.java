package org.dipkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The SPARQL query operation with bounds that hold whatever a query does:
 * <ul>
 * <li>a SELECT's rows are gathered in full before the answer starts, so a query stopped by the timeout
 * or too large gets an error status, never a 200 with a truncated body; a result of more than
 * {@code maxResultRows} rows (or triples) gets 413;</li>
 * <li>at most {@code slots} queries run at once; one that finds them taken waits a little — in turn while
 * the queue moves, newest first once it does not — and meanwhile stops the one that has run longest (half a
 * second or more), so a simple query stays fast while expensive ones are cut off; one still waiting after
 * two seconds gets a 503;</li>
 * <li>regular expressions that could backtrack without end are refused before anything runs
 * ({@link RegexGuard});</li>
 * <li>with {@code maxRows}, every SELECT is capped to that many rows, as with a LIMIT.</li>
 * </ul>
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /** How long a query must have run before one waiting for its slot may stop it. */
    private static final long STOPPABLE_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** How long a query waits for a slot before it is refused. */
    private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** How long the oldest waiter may wait before the newest is served first. */
    private static final long OVERLOADED_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

    private final long maxRows;
    private final long maxResultRows;
    private final Slots slots;
    private final Map<QueryExec, Long> running = new ConcurrentHashMap<>();

    BoundedQuery(long maxRows, long maxResultRows, int slots) {
        this.maxRows = maxRows;
        this.maxResultRows = maxResultRows;
        this.slots = new Slots(slots);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String unsafe = RegexGuard.problem(query);
        if (unsafe != null) {
            ServletOps.errorBadRequest(unsafe);
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (maxRows > 0 && q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q = q.cloneQuery();
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        admit();
        running.put(exec, System.nanoTime());
        try {
            QueryExecResult r = super.executeQuery(action, exec, query, queryStringLog);
            if (r.isRowSet()) {
                return new QueryExecResult(gathered(r.rowSet()));
            }
            if (r.isGraph() && r.graph().size() > maxResultRows) {
                ServletOps.error(413, "The result has more than " + maxResultRows + " triples: narrow the query");
            }
            return r;
        } finally {
            running.remove(exec);
            slots.release();
        }
    }

    /**
     * Takes a slot, waiting for one at most {@link #MAX_WAIT_NANOS}: in turn while the queue moves, newest
     * first once it does not, so a query that comes in while expensive ones queue is not held behind them. While it waits, it stops the
     * longest-running query that has run {@link #STOPPABLE_AFTER_NANOS} or more; a query still waiting at
     * the end is refused (503).
     */
    private void admit() {
        long deadline = System.nanoTime() + MAX_WAIT_NANOS;
        Slots.Waiter w = slots.enter();
        try {
            while (!w.granted()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                stopOldest();
                w.await(Math.min(left, POLL_NANOS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!slots.leave(w)) {
            ServletOps.error(503, "The endpoint is busy with other queries: try again in a moment");
        }
    }

    /** Stops the query that has run longest, if it has run long enough to be stopped for another. */
    private void stopOldest() {
        QueryExec victim = null;
        synchronized (running) {
            long now = System.nanoTime();
            var oldest = running.entrySet().stream().filter(e -> now - e.getValue() >= STOPPABLE_AFTER_NANOS)
                    .min(Comparator.comparingLong(Map.Entry::getValue));
            if (oldest.isPresent()) {
                victim = oldest.get().getKey();
                running.remove(victim); // each waiter stops a query of its own
            }
        }
        if (victim != null) {
            victim.abort();
        }
    }

    /** A count of free slots, handed to a waiter when one frees. */
    static final class Slots {
        private int free;
        private final java.util.ArrayDeque<Waiter> waiting = new java.util.ArrayDeque<>();

        Slots(int free) {
            this.free = free;
        }

        /** One request's wait for a slot. */
        static final class Waiter {
            private final long since = System.nanoTime();
            private boolean granted;

            synchronized boolean granted() {
                return granted;
            }

            synchronized void grant() {
                granted = true;
                notifyAll();
            }

            synchronized void await(long nanos) throws InterruptedException {
                if (!granted) {
                    TimeUnit.NANOSECONDS.timedWait(this, nanos);
                }
            }
        }

        /** A waiter, granted at once when a slot is free. */
        synchronized Waiter enter() {
            Waiter w = new Waiter();
            if (free > 0) {
                free--;
                w.grant();
            } else {
                waiting.push(w);
            }
            return w;
        }

        /** Whether the waiter holds a slot; if not, it stops waiting. */
        synchronized boolean leave(Waiter w) {
            waiting.remove(w);
            return w.granted();
        }

        /**
         * Gives a slot back: to the oldest waiter while the queue moves (every query served in turn), to the
         * newest once the oldest has waited {@link #OVERLOADED_AFTER_NANOS} (expensive queries hold the slots:
         * the newest is served first and the oldest give up); with none waiting, to the free count.
         */
        synchronized void release() {
            Waiter oldest = waiting.peekLast();
            Waiter next = oldest != null && System.nanoTime() - oldest.since < OVERLOADED_AFTER_NANOS
                    ? waiting.pollLast() : waiting.poll();
            if (next != null) {
                next.grant();
            } else {
                free++;
            }
        }
    }

    /** The rows of a SELECT, all of them, read within the query's time; 413 beyond the cap. */
    private RowSet gathered(RowSet rows) {
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            all.add(rows.next());
            if (all.size() > maxResultRows) {
                ServletOps.error(413, "The result has more than " + maxResultRows + " rows: add a LIMIT, or use "
                        + "dipkg query for the whole table");
            }
        }
        return RowSetStream.create(rows.getResultVars(), all.iterator());
    }
}
