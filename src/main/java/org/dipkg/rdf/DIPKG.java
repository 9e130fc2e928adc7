package org.dipkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of {@code ontology/dipkg.ttl}; a test checks that the two declare the same terms. */
public final class DIPKG {
    public static final String NS = "https://dipkg.org/ontology#";

    private DIPKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource Mechanism = resource("Mechanism");
    public static final Resource WorkingGroup = resource("WorkingGroup");
    public static final Resource NamedDocument = resource("NamedDocument");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Commitment = resource("Commitment");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Pledge = resource("Pledge");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource Principle = resource("Principle");
    public static final Resource Position = resource("Position");
    public static final Resource UnilateralMeasure = resource("UnilateralMeasure");
    public static final Resource CountedSet = resource("CountedSet");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource SourceFile = resource("SourceFile");
    public static final Resource Statement = resource("Statement");
    public static final Resource Citation = resource("Citation");
    public static final Resource ExtractionRun = resource("ExtractionRun");

    public static final Resource WordingVariance = resource("WordingVariance");

    // concepts and concept schemes
    public static final Resource ActionScheme = resource("ActionScheme");
    public static final Resource StatusScheme = resource("StatusScheme");
    public static final Resource PolarityScheme = resource("PolarityScheme");
    public static final Resource action_establish = resource("action-establish");
    public static final Resource action_resume = resource("action-resume");
    public static final Resource action_launch = resource("action-launch");
    public static final Resource action_restart = resource("action-restart");
    public static final Resource action_conduct = resource("action-conduct");
    public static final Resource action_increase = resource("action-increase");
    public static final Resource action_expand = resource("action-expand");
    public static final Resource action_strengthen = resource("action-strengthen");
    public static final Resource action_promote = resource("action-promote");
    public static final Resource action_reaffirm = resource("action-reaffirm");
    public static final Resource action_refrain = resource("action-refrain");
    public static final Resource action_adhere = resource("action-adhere");
    public static final Resource action_continue = resource("action-continue");
    public static final Resource action_issue = resource("action-issue");
    public static final Resource action_renew = resource("action-renew");
    public static final Resource action_hold = resource("action-hold");
    public static final Resource action_invite = resource("action-invite");
    public static final Resource action_cooperate = resource("action-cooperate");
    public static final Resource action_demand = resource("action-demand");
    public static final Resource action_welcome = resource("action-welcome");
    public static final Resource action_cancel = resource("action-cancel");
    public static final Resource action_suspend = resource("action-suspend");
    public static final Resource action_other = resource("action-other");
    public static final Resource status_new = resource("status-new");
    public static final Resource status_reaffirmed = resource("status-reaffirmed");
    public static final Resource status_resumed = resource("status-resumed");
    public static final Resource status_restarted = resource("status-restarted");
    public static final Resource status_continued = resource("status-continued");
    public static final Resource status_held = resource("status-held");
    public static final Resource status_implemented = resource("status-implemented");
    public static final Resource status_suspended = resource("status-suspended");
    public static final Resource polarity_positive = resource("polarity-positive");
    public static final Resource polarity_negative = resource("polarity-negative");

    // properties
    public static final Property party = property("party");
    public static final Property addressee = property("addressee");
    public static final Property speaker = property("speaker");
    public static final Property action = property("action");
    public static final Property objectText = property("objectText");
    public static final Property concerns = property("concerns");
    public static final Property between = property("between");
    public static final Property meetingKind = property("meetingKind");
    public static final Property polarity = property("polarity");
    public static final Property status = property("status");
    public static final Property timeText = property("timeText");
    public static final Property condition = property("condition");
    public static final Property memberOf = property("memberOf");
    public static final Property statedSize = property("statedSize");
    public static final Property memberCount = property("memberCount");
    public static final Property complete = property("complete");
    public static final Property madeAt = property("madeAt");
    public static final Property states = property("states");
    public static final Property statedAt = property("statedAt");
    public static final Property evidence = property("evidence");
    public static final Property confidence = property("confidence");
    public static final Property kind = property("kind");
    public static final Property isoCode = property("isoCode");
    public static final Property script = property("script");
    public static final Property sha256 = property("sha256");
    public static final Property path = property("path");
    public static final Property publisherName = property("publisherName");
    public static final Property dateSource = property("dateSource");
    public static final Property meetingDate = property("meetingDate");
    public static final Property participant = property("participant");
    public static final Property reportedIn = property("reportedIn");
    public static final Property role = property("role");
    public static final Property country = property("country");
    public static final Property sourceCount = property("sourceCount");
    public static final Property varianceOf = property("varianceOf");
    public static final Property leftEvidence = property("leftEvidence");
    public static final Property rightEvidence = property("rightEvidence");
    public static final Property leftText = property("leftText");
    public static final Property rightText = property("rightText");
    public static final Property leftDifference = property("leftDifference");
    public static final Property rightDifference = property("rightDifference");
    public static final Property varianceScope = property("varianceScope");
    public static final Property notStatedIn = property("notStatedIn");
}
