package dev.crosswalk.core.domain;

import java.util.Optional;

/**
 * A company in a CRM, in the unified shape. Immutable and thread-safe; build with {@link #builder(String)}; the
 * builder is not thread-safe.
 *
 * @since 0.1
 */
public final class Account extends UnifiedRecord {

    private final String name;
    private final String industry;
    private final String website;
    private final Long numberOfEmployees;

    private Account(Builder builder) {
        super(builder);
        this.name = builder.name;
        this.industry = builder.industry;
        this.website = builder.website;
        this.numberOfEmployees = builder.numberOfEmployees;
    }

    /**
     * @param id the provider's record id; never {@code null}
     * @return a builder with only the id set
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the account name, if known */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the industry, if known */
    public Optional<String> industry() {
        return Optional.ofNullable(industry);
    }

    /** @return the website, if known */
    public Optional<String> website() {
        return Optional.ofNullable(website);
    }

    /** @return the number of employees, if known */
    public Optional<Long> numberOfEmployees() {
        return Optional.ofNullable(numberOfEmployees);
    }

    @Override
    public String toString() {
        return "Account[" + id() + "]";
    }

    /** Builds an {@link Account}. Not thread-safe. */
    public static final class Builder extends UnifiedRecord.Builder<Account, Builder> {
        private String name;
        private String industry;
        private String website;
        private Long numberOfEmployees;

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @param value the account name, or {@code null} */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value the industry, or {@code null} */
        public Builder industry(String value) {
            this.industry = value;
            return this;
        }

        /** @param value the website, or {@code null} */
        public Builder website(String value) {
            this.website = value;
            return this;
        }

        /** @param value the number of employees, or {@code null} */
        public Builder numberOfEmployees(Long value) {
            this.numberOfEmployees = value;
            return this;
        }

        @Override
        public Account build() {
            return new Account(this);
        }
    }
}
