// The composite resources through jsforce's generic request API (jsforce has no composite helper):
// POST /composite with a reference between subrequests, allOrNone rollback, and POST /composite/batch.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const version = `v${conn.version}`;

  const composite = await conn.requestPost('/composite', {
    allOrNone: true,
    compositeRequest: [
      {
        method: 'POST',
        url: `/services/data/${version}/sobjects/Account`,
        referenceId: 'refAccount',
        body: { Name: 'Compat Composite Account' },
      },
      {
        method: 'POST',
        url: `/services/data/${version}/sobjects/Contact`,
        referenceId: 'refContact',
        body: { LastName: 'Composite', AccountId: '@{refAccount.id}' },
      },
      {
        method: 'GET',
        url: `/services/data/${version}/sobjects/Contact/@{refContact.id}?fields=Id,LastName,AccountId`,
        referenceId: 'readContact',
      },
    ],
  });

  const failed = await conn.requestPost('/composite', {
    allOrNone: true,
    compositeRequest: [
      {
        method: 'POST',
        url: `/services/data/${version}/sobjects/Account`,
        referenceId: 'goodAccount',
        body: { Name: 'Compat Rolled Back Account' },
      },
      {
        method: 'POST',
        url: `/services/data/${version}/sobjects/Contact`,
        referenceId: 'badContact',
        body: { FirstName: 'No Last Name' },
      },
    ],
  });
  const rolledBack = await conn.query("SELECT Id FROM Account WHERE Name = 'Compat Rolled Back Account'");

  const contactId = composite.compositeResponse[1]?.body?.id;
  const batch = await conn.requestPost('/composite/batch', {
    haltOnError: false,
    batchRequests: [
      { method: 'PATCH', url: `${version}/sobjects/Contact/${contactId}`, richInput: { Title: 'Batched' } },
      { method: 'GET', url: `${version}/sobjects/Contact/${contactId}?fields=Id,Title` },
      { method: 'GET', url: `${version}/sobjects/Contact/003000000000000AAA` },
    ],
  });

  return { composite, failed, rolledBackCount: rolledBack.totalSize, batch };
});
