// Error mapping: REST error bodies must surface as jsforce errors carrying the platform's errorCode.
import { connect, describeError, run } from './lib/scenario.mjs';

async function failure(action) {
  try {
    await action();
    return { failed: false };
  } catch (err) {
    return { failed: true, ...describeError(err), data: Array.isArray(err?.data) ? err.data : null };
  }
}

run(async () => {
  const { conn } = connect();
  return {
    malformedQuery: await failure(() => conn.query('SELECT Id FROM Contact WHERE')),
    invalidField: await failure(() => conn.query('SELECT Id, Foo__c FROM Contact')),
    invalidType: await failure(() => conn.query('SELECT Id FROM Foo__c')),
    notFound: await failure(() => conn.sobject('Contact').retrieve('003000000000000AAA')),
    requiredFieldMissing: await failure(() => conn.sobject('Contact').create({ FirstName: 'No Last Name' })),
    unknownFieldOnWrite: await failure(() => conn.sobject('Contact').create({ LastName: 'X', Foo__c: 'y' })),
    unknownExternalIdField: await failure(() => conn.sobject('Contact').upsert({ Nope__c: 'a', LastName: 'X' }, 'Nope__c')),
    unknownSObject: await failure(() => conn.sobject('Foo__c').describe()),
    multipleMatches: await failure(async () => {
      await conn.sobject('Contact').create({ LastName: 'Twin One', External_Id__c: 'twin' });
      await conn.sobject('Contact').create({ LastName: 'Twin Two', External_Id__c: 'twin' });
      await conn.sobject('Contact').upsert({ External_Id__c: 'twin', LastName: 'Which Twin' }, 'External_Id__c');
    }),
    destroyTwice: await failure(async () => {
      const created = await conn.sobject('Contact').create({ LastName: 'Destroyed Twice' });
      await conn.sobject('Contact').destroy(created.id);
      await conn.sobject('Contact').destroy(created.id);
    }),
  };
});
