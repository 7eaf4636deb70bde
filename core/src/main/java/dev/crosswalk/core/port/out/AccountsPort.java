package dev.crosswalk.core.port.out;

import dev.crosswalk.core.domain.Account;
import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;

/** Reads accounts from a CRM. Implementations are thread-safe. */
public interface AccountsPort {

    /**
     * @param connection the connection to read through; never {@code null}
     * @param page which page; never {@code null}
     * @return the page; never {@code null}
     * @throws CrmFailure when the provider call fails
     */
    Page<Account> listAccounts(Connection connection, PageRequest page);
}
