// Upsert by external id on API 45.0, where an insert answers 201 without `created` and an update 204 without a
// body (46.0 and later answer 201 created:true and 200 created:false): jsforce reports the update as success
// without an id.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect({ version: '45.0' });
  const contacts = conn.sobject('Contact');
  const inserted = await contacts.upsert({ External_Id__c: 'v45-upsert', LastName: 'Forty Five' }, 'External_Id__c');
  const updated = await contacts.upsert({ External_Id__c: 'v45-upsert', LastName: 'Forty Five Again' }, 'External_Id__c');
  const after = await contacts.retrieve(inserted.id, { fields: ['LastName'] });
  return { inserted, updated, lastName: after.LastName };
});
