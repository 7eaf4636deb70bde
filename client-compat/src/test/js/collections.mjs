// sObject Collections through jsforce's array forms (API >= 42.0): create, retrieve, update, upsert by
// External_Id__c and destroy on conn.sobject('Contact') with arrays, including a record that fails.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const contacts = conn.sobject('Contact');

  const created = await contacts.create([
    { FirstName: 'Barbara', LastName: 'Liskov' },
    { FirstName: 'No', Email: 'no.lastname@example.com' },
    { FirstName: 'Edsger', LastName: 'Dijkstra' },
  ]);
  const ids = created.filter((r) => r.success).map((r) => r.id);

  const retrieved = await contacts.retrieve(ids, { fields: ['Id', 'FirstName', 'LastName'] });
  const retrievedAllFields = await contacts.retrieve([ids[0]]);
  const updated = await contacts.update(ids.map((Id, i) => ({ Id, Title: `Title ${i}` })));
  const afterUpdate = await contacts.retrieve(ids, { fields: ['Id', 'Title'] });
  const upserted = await contacts.upsert([
    { External_Id__c: 'collections-1', LastName: 'Hamilton' },
    { External_Id__c: 'collections-2', LastName: 'Lamport' },
  ], 'External_Id__c');
  const upsertedAgain = await contacts.upsert([
    { External_Id__c: 'collections-1', LastName: 'Hamilton', FirstName: 'Margaret' },
  ], 'External_Id__c');

  const rolledBack = await contacts.create([
    { LastName: 'Would Be Rolled Back' },
    { FirstName: 'Missing Last Name' },
  ], { allOrNone: true }).then((results) => ({ threw: false, results }), (err) => ({
    threw: true, name: err.name, errorCode: err.errorCode ?? null, message: err.message,
  }));
  const rolledBackCheck = await conn.query("SELECT Id FROM Contact WHERE LastName = 'Would Be Rolled Back'");

  const destroyed = await contacts.destroy([...ids, ...upserted.map((r) => r.id)]);
  const afterDestroy = await conn.query(
    `SELECT Id FROM Contact WHERE Id IN (${[...ids, ...upserted.map((r) => r.id)].map((id) => `'${id}'`).join(',')})`);

  return {
    created,
    retrieved,
    retrievedAllFieldsKeys: retrievedAllFields[0] ? Object.keys(retrievedAllFields[0]) : [],
    updated,
    afterUpdate,
    upserted,
    upsertedAgain,
    rolledBack,
    rolledBackCount: rolledBackCheck.totalSize,
    destroyed,
    remainingAfterDestroy: afterDestroy.totalSize,
  };
});
