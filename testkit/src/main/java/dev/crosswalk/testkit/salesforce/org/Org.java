package dev.crosswalk.testkit.salesforce.org;

import dev.crosswalk.testkit.salesforce.data.ObjectDef;
import dev.crosswalk.testkit.salesforce.data.ObjectTable;
import dev.crosswalk.testkit.salesforce.data.Row;
import dev.crosswalk.testkit.salesforce.data.RowGenerator;
import dev.crosswalk.testkit.salesforce.data.SalesforceIds;
import dev.crosswalk.testkit.salesforce.data.Schema;
import dev.crosswalk.testkit.salesforce.seed.AccountGenerator;
import dev.crosswalk.testkit.salesforce.seed.ContactGenerator;
import dev.crosswalk.testkit.salesforce.seed.DealRegistrationGenerator;
import dev.crosswalk.testkit.salesforce.seed.LeadGenerator;
import dev.crosswalk.testkit.salesforce.seed.OpportunityGenerator;
import dev.crosswalk.testkit.salesforce.seed.ParentAccounts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One emulated org: its schema, data, user, Connected App and API allowance. Thread-safe. */
public final class Org {

    private final String id;
    private final Schema schema;
    private final Map<ObjectDef, ObjectTable> tables = new LinkedHashMap<>();
    private final OrgUser user;
    private final List<ConnectedApp> apps;
    private final ApiUsage usage;

    private Org(String id, Schema schema, OrgUser user, List<ConnectedApp> apps, ApiUsage usage) {
        this.id = id;
        this.schema = schema;
        this.user = user;
        this.apps = List.copyOf(apps);
        this.usage = usage;
    }

    /**
     * Builds an org whose generated data depends only on {@code seed}, the counts and {@code anchor}.
     *
     * @param apps the Connected Apps installed in it, the operator's first
     */
    public static Org create(OrgSettings settings, List<ConnectedApp> apps, Instant anchor) {
        Schema schema = Schema.standard();
        String pod = settings.pod();
        String orgId = SalesforceIds.of("00D", pod, ObjectTable.FIRST_NUMBER);
        ObjectTable users = new ObjectTable(schema.requiredObject("User"), pod, 0, RowGenerator.NONE);
        String username = settings.username();
        Object[] userValues = new Object[users.type().fieldCount()];
        put(users.type(), userValues, "Username", username);
        put(users.type(), userValues, "FirstName", "Emma");
        put(users.type(), userValues, "LastName", "Ulator");
        put(users.type(), userValues, "Name", "Emma Ulator");
        put(users.type(), userValues, "Email", username);
        put(users.type(), userValues, "IsActive", Boolean.TRUE);
        String userId = users.insert(userValues).id();
        OrgUser user = new OrgUser(userId, username, "Emma", "Ulator", username, settings.password(), settings.securityToken());

        Org org = new Org(orgId, schema, user, apps, new ApiUsage(settings.dailyApiRequests(), settings.concurrentRequests(),
                settings.longRunningThreshold()));
        ObjectDef accountType = schema.requiredObject("Account");
        AccountGenerator accounts = new AccountGenerator(accountType, settings.seed(), userId, anchor);
        ObjectTable accountTable = new ObjectTable(accountType, pod, settings.accounts(), accounts);
        ParentAccounts parents = new ParentAccounts(accountTable);
        ObjectDef contactType = schema.requiredObject("Contact");
        ObjectTable contactTable = new ObjectTable(contactType, pod, settings.contacts(),
                new ContactGenerator(contactType, settings.seed(), userId, anchor, parents, accounts));
        ObjectDef opportunityType = schema.requiredObject("Opportunity");
        ObjectDef leadType = schema.requiredObject("Lead");
        ObjectDef dealType = schema.requiredObject("Deal_Registration__c");
        org.tables.put(users.type(), users);
        org.tables.put(accountType, accountTable);
        org.tables.put(contactType, contactTable);
        org.tables.put(opportunityType, new ObjectTable(opportunityType, pod, settings.opportunities(),
                new OpportunityGenerator(opportunityType, settings.seed(), userId, anchor, parents)));
        org.tables.put(leadType, new ObjectTable(leadType, pod, settings.leads(),
                new LeadGenerator(leadType, settings.seed(), userId, anchor)));
        org.tables.put(dealType, new ObjectTable(dealType, pod, settings.accounts() == 0 ? 0 : settings.dealRegistrations(),
                new DealRegistrationGenerator(dealType, settings.seed(), userId, anchor, parents)));
        return org;
    }

    private static void put(ObjectDef type, Object[] values, String field, Object value) {
        values[type.requiredField(field).index()] = value;
    }

    public String id() {
        return id;
    }

    public Schema schema() {
        return schema;
    }

    public OrgUser user() {
        return user;
    }

    /** The first Connected App: the one {@link dev.crosswalk.testkit.salesforce.SalesforceEmulator#credentials()} names. */
    public ConnectedApp app() {
        return apps.get(0);
    }

    /** The org's Connected App with this consumer key, if it has one. */
    public Optional<ConnectedApp> app(String clientId) {
        return apps.stream().filter(app -> app.clientId().equals(clientId)).findFirst();
    }

    public ApiUsage usage() {
        return usage;
    }

    public ObjectTable table(ObjectDef type) {
        ObjectTable table = tables.get(type);
        if (table == null) {
            throw new IllegalStateException("no table for " + type);
        }
        return table;
    }

    /** Finds a live or deleted record of any type by its 15- or 18-character id. */
    public Optional<Row> findAny(String recordId) {
        return SalesforceIds.normalise(recordId)
                .flatMap(n -> schema.objectByKeyPrefix(SalesforceIds.keyPrefix(n)))
                .flatMap(type -> table(type).find(recordId));
    }
}
