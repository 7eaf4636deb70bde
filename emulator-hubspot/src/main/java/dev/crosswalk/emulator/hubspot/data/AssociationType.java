package dev.crosswalk.emulator.hubspot.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * HubSpot-defined association types between the standard objects, with their type ids (the commonly documented
 * ones; see docs/decisions/0105) and the name the v3 {@code associations} map shows.
 */
public enum AssociationType {

    CONTACT_TO_COMPANY_PRIMARY(ObjectType.CONTACTS, ObjectType.COMPANIES, 1, "contact_to_company", "Primary"),
    COMPANY_TO_CONTACT_PRIMARY(ObjectType.COMPANIES, ObjectType.CONTACTS, 2, "company_to_contact", "Primary"),
    CONTACT_TO_COMPANY(ObjectType.CONTACTS, ObjectType.COMPANIES, 279, "contact_to_company_unlabeled", null),
    COMPANY_TO_CONTACT(ObjectType.COMPANIES, ObjectType.CONTACTS, 280, "company_to_contact_unlabeled", null),
    DEAL_TO_CONTACT(ObjectType.DEALS, ObjectType.CONTACTS, 3, "deal_to_contact", null),
    CONTACT_TO_DEAL(ObjectType.CONTACTS, ObjectType.DEALS, 4, "contact_to_deal", null),
    DEAL_TO_COMPANY_PRIMARY(ObjectType.DEALS, ObjectType.COMPANIES, 5, "deal_to_company", "Primary"),
    COMPANY_TO_DEAL_PRIMARY(ObjectType.COMPANIES, ObjectType.DEALS, 6, "company_to_deal", "Primary"),
    DEAL_TO_COMPANY(ObjectType.DEALS, ObjectType.COMPANIES, 341, "deal_to_company_unlabeled", null),
    COMPANY_TO_DEAL(ObjectType.COMPANIES, ObjectType.DEALS, 342, "company_to_deal_unlabeled", null);

    private final ObjectType from;
    private final ObjectType to;
    private final int typeId;
    private final String v3Name;
    private final String label;

    AssociationType(ObjectType from, ObjectType to, int typeId, String v3Name, String label) {
        this.from = from;
        this.to = to;
        this.typeId = typeId;
        this.v3Name = v3Name;
        this.label = label;
    }

    static Optional<AssociationType> find(ObjectType from, ObjectType to, int typeId) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.to == to && t.typeId == typeId).findFirst();
    }

    /** The same link seen from the other side: HubSpot numbers each pair odd, then even. */
    AssociationType inverse() {
        return find(to, from, typeId % 2 == 1 ? typeId + 1 : typeId - 1).orElseThrow();
    }

    boolean primary() {
        return label != null;
    }

    /** @return the object type the link starts from */
    public ObjectType from() {
        return from;
    }

    /** @return the object type the link points to */
    public ObjectType to() {
        return to;
    }

    /** @return HubSpot's association type id */
    public int typeId() {
        return typeId;
    }

    /** @return the name the v3 {@code associations} map shows */
    public String v3Name() {
        return v3Name;
    }

    /** {@code Primary} for a primary link, else empty (the v4 API's {@code label: null}). */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }
}
