package org.dipkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** The SPARQL query operation with a cap on the rows any SELECT may return. */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q = q.cloneQuery();
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }
}
