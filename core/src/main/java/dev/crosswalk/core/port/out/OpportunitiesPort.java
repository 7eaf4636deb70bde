package dev.crosswalk.core.port.out;

import dev.crosswalk.core.domain.Connection;
import dev.crosswalk.core.domain.Opportunity;
import dev.crosswalk.core.domain.Page;
import dev.crosswalk.core.domain.PageRequest;

/** Reads opportunities (deals) from a CRM. Implementations are thread-safe. */
public interface OpportunitiesPort {

    /**
     * @param connection the connection to read through; never {@code null}
     * @param page which page; never {@code null}
     * @return the page; never {@code null}
     * @throws CrmFailure when the provider call fails
     */
    Page<Opportunity> listOpportunities(Connection connection, PageRequest page);
}
