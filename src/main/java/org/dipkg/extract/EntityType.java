package org.dipkg.extract;

/** The entity types of the output contract, named as they are in mentions.csv and the ontology. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place"), MECHANISM("Mechanism"),
    WORKING_GROUP("WorkingGroup"), DOCUMENT("Document");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EntityType fromLabel(String s) {
        for (EntityType t : values()) {
            if (t.label.equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type " + s);
    }
}
