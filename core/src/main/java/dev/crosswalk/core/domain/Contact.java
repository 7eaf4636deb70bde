package dev.crosswalk.core.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in a CRM, in the unified shape every connector's mapping produces. Immutable and thread-safe; build with
 * {@link #builder(String)}; the builder is not thread-safe.
 *
 * @since 0.1
 */
public final class Contact extends UnifiedRecord {

    private final String firstName;
    private final String lastName;
    private final String name;
    private final String title;
    private final AccountRef account;
    private final List<EmailAddress> emailAddresses;
    private final List<PhoneNumber> phoneNumbers;

    private Contact(Builder builder) {
        super(builder);
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.name = builder.name;
        this.title = builder.title;
        this.account = builder.account;
        this.emailAddresses = List.copyOf(builder.emailAddresses);
        this.phoneNumbers = List.copyOf(builder.phoneNumbers);
    }

    /**
     * @param id the provider's record id; never {@code null}
     * @return a builder with only the id set
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the given name, if the provider has one */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /** @return the family name, if the provider has one */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /** @return the display name, if known */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the job title, if known */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the account the contact belongs to, if the provider links one */
    public Optional<AccountRef> account() {
        return Optional.ofNullable(account);
    }

    /** @return e-mail addresses, primary first; never {@code null} */
    public List<EmailAddress> emailAddresses() {
        return emailAddresses;
    }

    /** @return phone numbers; never {@code null} */
    public List<PhoneNumber> phoneNumbers() {
        return phoneNumbers;
    }

    @Override
    public String toString() {
        return "Contact[" + id() + "]";
    }

    /** Builds a {@link Contact}. Not thread-safe. */
    public static final class Builder extends UnifiedRecord.Builder<Contact, Builder> {
        private String firstName;
        private String lastName;
        private String name;
        private String title;
        private AccountRef account;
        private final List<EmailAddress> emailAddresses = new ArrayList<>();
        private final List<PhoneNumber> phoneNumbers = new ArrayList<>();

        private Builder(String id) {
            super(id);
        }

        @Override
        Builder self() {
            return this;
        }

        /** @param value the given name, or {@code null} */
        public Builder firstName(String value) {
            this.firstName = value;
            return this;
        }

        /** @param value the family name, or {@code null} */
        public Builder lastName(String value) {
            this.lastName = value;
            return this;
        }

        /** @param value the display name, or {@code null} */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value the job title, or {@code null} */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** @param value the account, or {@code null} */
        public Builder account(AccountRef value) {
            this.account = value;
            return this;
        }

        /** @param email a further e-mail address; never {@code null} */
        public Builder emailAddress(EmailAddress email) {
            emailAddresses.add(Objects.requireNonNull(email, "email"));
            return this;
        }

        /** @param phone a further phone number; never {@code null} */
        public Builder phoneNumber(PhoneNumber phone) {
            phoneNumbers.add(Objects.requireNonNull(phone, "phone"));
            return this;
        }

        @Override
        public Contact build() {
            return new Contact(this);
        }
    }
}
