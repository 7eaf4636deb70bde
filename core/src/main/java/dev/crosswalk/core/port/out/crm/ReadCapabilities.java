package dev.crosswalk.core.port.out.crm;

import dev.crosswalk.core.domain.FieldFilter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What queries a connector's {@link RecordPort} answers, declared up front so that core refuses anything else with a
 * clear error instead of a connector failing at run time. Immutable and thread-safe; build with {@link #builder()};
 * the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class ReadCapabilities {

    private final Set<FieldFilter.Operator> operators;
    private final boolean searchTerm;
    private final boolean includeDeleted;
    private final boolean ordering;
    private final boolean watermark;
    private final boolean createdRange;
    private final boolean updatedRange;
    private final boolean relationshipPaths;
    private final int maxIds;

    private ReadCapabilities(Builder builder) {
        this.operators = Set.copyOf(builder.operators);
        this.searchTerm = builder.searchTerm;
        this.includeDeleted = builder.includeDeleted;
        this.ordering = builder.ordering;
        this.watermark = builder.watermark;
        this.createdRange = builder.createdRange;
        this.updatedRange = builder.updatedRange;
        this.relationshipPaths = builder.relationshipPaths;
        this.maxIds = builder.maxIds;
    }

    /** @return a builder that declares id lookups of up to 100 ids, equality filters, and nothing else */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the field filter operators the connector renders; never {@code null} */
    public Set<FieldFilter.Operator> operators() {
        return operators;
    }

    /** @return whether a full-text search term is supported */
    public boolean searchTerm() {
        return searchTerm;
    }

    /** @return whether deleted records can be listed and read */
    public boolean includeDeleted() {
        return includeDeleted;
    }

    /** @return whether an explicit order is supported */
    public boolean ordering() {
        return ordering;
    }

    /** @return whether a modified-since watermark is supported */
    public boolean watermark() {
        return watermark;
    }

    /** @return whether creation-time bounds are supported */
    public boolean createdRange() {
        return createdRange;
    }

    /** @return whether modification-time bounds are supported */
    public boolean updatedRange() {
        return updatedRange;
    }

    /** @return whether fields may be relationship paths such as {@code Account.Name} */
    public boolean relationshipPaths() {
        return relationshipPaths;
    }

    /** @return the most ids one query may name, 1 or more */
    public int maxIds() {
        return maxIds;
    }

    @Override
    public String toString() {
        return "ReadCapabilities[operators=" + operators + ", search=" + searchTerm + ", deleted=" + includeDeleted
                + ", order=" + ordering + ", watermark=" + watermark + ", created=" + createdRange + ", updated="
                + updatedRange + ", paths=" + relationshipPaths + ", maxIds=" + maxIds + "]";
    }

    /** Declares {@link ReadCapabilities}. Not thread-safe. */
    public static final class Builder {
        private final Set<FieldFilter.Operator> operators = EnumSet.of(FieldFilter.Operator.EQUALS);
        private boolean searchTerm;
        private boolean includeDeleted;
        private boolean ordering;
        private boolean watermark;
        private boolean createdRange;
        private boolean updatedRange;
        private boolean relationshipPaths;
        private int maxIds = 100;

        private Builder() {
        }

        /** @param supported the filter operators the connector renders, replacing the default; never {@code null} */
        public Builder operators(Set<FieldFilter.Operator> supported) {
            operators.clear();
            operators.addAll(Objects.requireNonNull(supported, "supported"));
            return this;
        }

        /** @param supported whether a full-text search term is supported */
        public Builder searchTerm(boolean supported) {
            this.searchTerm = supported;
            return this;
        }

        /** @param supported whether deleted records can be listed and read */
        public Builder includeDeleted(boolean supported) {
            this.includeDeleted = supported;
            return this;
        }

        /** @param supported whether an explicit order is supported */
        public Builder ordering(boolean supported) {
            this.ordering = supported;
            return this;
        }

        /** @param supported whether a modified-since watermark is supported */
        public Builder watermark(boolean supported) {
            this.watermark = supported;
            return this;
        }

        /** @param supported whether creation-time bounds are supported */
        public Builder createdRange(boolean supported) {
            this.createdRange = supported;
            return this;
        }

        /** @param supported whether modification-time bounds are supported */
        public Builder updatedRange(boolean supported) {
            this.updatedRange = supported;
            return this;
        }

        /** @param supported whether fields may be relationship paths */
        public Builder relationshipPaths(boolean supported) {
            this.relationshipPaths = supported;
            return this;
        }

        /** @param most the most ids one query may name, 1 or more */
        public Builder maxIds(int most) {
            if (most < 1) {
                throw new IllegalArgumentException("maxIds is at least 1");
            }
            this.maxIds = most;
            return this;
        }

        /** @return the immutable capabilities */
        public ReadCapabilities build() {
            return new ReadCapabilities(this);
        }
    }
}
