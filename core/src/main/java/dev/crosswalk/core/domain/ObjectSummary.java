package dev.crosswalk.core.domain;

import java.util.Objects;

/**
 * One object type a CRM account offers, as its global listing names it (Salesforce's describe global). Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class ObjectSummary {

    private final String name;
    private final String label;
    private final boolean custom;

    private ObjectSummary(String name, String label, boolean custom) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = label == null ? name : label;
        this.custom = custom;
    }

    /**
     * @param name the provider's API name; never {@code null}
     * @param label the human label, or {@code null} to use the name
     * @param custom whether the customer added it
     * @return the summary
     */
    public static ObjectSummary of(String name, String label, boolean custom) {
        return new ObjectSummary(name, label, custom);
    }

    /** @return the provider's API name; never {@code null} */
    public String name() {
        return name;
    }

    /** @return the human label; never {@code null} */
    public String label() {
        return label;
    }

    /** @return whether the customer added it */
    public boolean custom() {
        return custom;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObjectSummary that && that.name.equals(name) && that.label.equals(label)
                && that.custom == custom;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, label, custom);
    }

    @Override
    public String toString() {
        return "ObjectSummary[" + name + (custom ? " custom" : "") + "]";
    }
}
