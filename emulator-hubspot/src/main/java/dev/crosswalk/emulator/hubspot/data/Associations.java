package dev.crosswalk.emulator.hubspot.data;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The links between a portal's records, kept from both sides. Guarded by the portal's lock. */
public final class Associations {

    private record End(ObjectType type, long id) {
    }

    /** One linked record and every type that links it. */
    public record Link(long toId, Set<AssociationType> types) {
    }

    private final Map<End, Map<ObjectType, TreeMap<Long, Set<AssociationType>>>> links = new LinkedHashMap<>();

    /** Links two records by {@code type} and its inverse; a primary type also adds the unlabeled one, as HubSpot does. */
    public void link(AssociationType type, long fromId, long toId) {
        add(type, fromId, toId);
        add(type.inverse(), toId, fromId);
        if (type.primary()) {
            AssociationType.find(type.from(), type.to(), unlabeledId(type)).ifPresent(plain -> link(plain, fromId, toId));
        }
    }

    /** The records of {@code toType} linked to a record, by id. */
    public List<Link> of(ObjectType fromType, long fromId, ObjectType toType) {
        TreeMap<Long, Set<AssociationType>> byId = links.getOrDefault(new End(fromType, fromId), Map.of()).get(toType);
        return byId == null ? List.of()
                : byId.entrySet().stream().map(e -> new Link(e.getKey(), Set.copyOf(e.getValue()))).toList();
    }

    private void add(AssociationType type, long fromId, long toId) {
        links.computeIfAbsent(new End(type.from(), fromId), any -> new LinkedHashMap<>())
                .computeIfAbsent(type.to(), any -> new TreeMap<>())
                .computeIfAbsent(toId, any -> EnumSet.noneOf(AssociationType.class))
                .add(type);
    }

    private static int unlabeledId(AssociationType primary) {
        return switch (primary) {
            case CONTACT_TO_COMPANY_PRIMARY -> AssociationType.CONTACT_TO_COMPANY.typeId();
            case COMPANY_TO_CONTACT_PRIMARY -> AssociationType.COMPANY_TO_CONTACT.typeId();
            case DEAL_TO_COMPANY_PRIMARY -> AssociationType.DEAL_TO_COMPANY.typeId();
            case COMPANY_TO_DEAL_PRIMARY -> AssociationType.COMPANY_TO_DEAL.typeId();
            default -> throw new IllegalArgumentException("not a primary association type: " + primary);
        };
    }
}
