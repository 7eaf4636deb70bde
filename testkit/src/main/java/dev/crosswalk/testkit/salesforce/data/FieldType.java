package dev.crosswalk.testkit.salesforce.data;

/** Salesforce field types the emulator models, with their describe {@code type} and {@code soapType}. */
public enum FieldType {
    ID("id", "tns:ID"),
    REFERENCE("reference", "tns:ID"),
    STRING("string", "xsd:string"),
    TEXTAREA("textarea", "xsd:string"),
    EMAIL("email", "xsd:string"),
    PHONE("phone", "xsd:string"),
    URL("url", "xsd:string"),
    PICKLIST("picklist", "xsd:string"),
    MULTIPICKLIST("multipicklist", "xsd:string"),
    BOOLEAN("boolean", "xsd:boolean"),
    INT("int", "xsd:int"),
    DOUBLE("double", "xsd:double"),
    CURRENCY("currency", "xsd:double"),
    PERCENT("percent", "xsd:double"),
    DATE("date", "xsd:date"),
    DATETIME("datetime", "xsd:dateTime");

    private final String describeName;
    private final String soapType;

    FieldType(String describeName, String soapType) {
        this.describeName = describeName;
        this.soapType = soapType;
    }

    public String describeName() {
        return describeName;
    }

    public String soapType() {
        return soapType;
    }

    public boolean isText() {
        return soapType.equals("xsd:string") || this == ID || this == REFERENCE;
    }

    public boolean isNumeric() {
        return this == INT || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }
}
