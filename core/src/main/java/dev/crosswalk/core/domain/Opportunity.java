package dev.crosswalk.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A deal in a CRM, in the unified shape. Immutable and thread-safe; build with {@link #builder(String)}; the builder
 * is not thread-safe.
 *
 * @since 0.1
 */
public final class Opportunity extends UnifiedRecord {

    private final String name;
    private final BigDecimal amount;
    private final String stage;
    private final LocalDate closeDate;
    private final AccountRef account;

    private Opportunity(Builder builder) {
        super(builder);
        this.name = builder.name;
        this.amount = builder.amount;
        this.stage = builder.stage;
        this.closeDate = builder.closeDate;
        this.account = builder.account;
    }

    /**
     * @param id the provider's record id; never {@code null}
     * @return a builder with only the id set
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the opportunity name, if known */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the amount in the record's currency, if known */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /** @return the sales stage as the provider names it, if known */
    public Optional<String> stage() {
        return Optional.ofNullable(stage);
    }

    /** @return the expected close date, if known */
    public Optional<LocalDate> closeDate() {
        return Optional.ofNullable(closeDate);
    }

    /** @return the account the deal is with, if the provider links one */
    public Optional<AccountRef> account() {
        return Optional.ofNullable(account);
    }

    @Override
    public String toString() {
        return "Opportunity[" + id() + "]";
    }

    /** Builds an {@link Opportunity}. Not thread-safe. */
    public static final class Builder extends UnifiedRecord.Builder<Opportunity, Builder> {
        private String name;
        private BigDecimal amount;
        private String stage;
        private LocalDate closeDate;
        private AccountRef account;

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @param value the opportunity name, or {@code null} */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value the amount, or {@code null} */
        public Builder amount(BigDecimal value) {
            this.amount = value;
            return this;
        }

        /** @param value the stage, or {@code null} */
        public Builder stage(String value) {
            this.stage = value;
            return this;
        }

        /** @param value the close date, or {@code null} */
        public Builder closeDate(LocalDate value) {
            this.closeDate = value;
            return this;
        }

        /** @param value the account, or {@code null} */
        public Builder account(AccountRef value) {
            this.account = value;
            return this;
        }

        @Override
        public Opportunity build() {
            return new Opportunity(this);
        }
    }
}
