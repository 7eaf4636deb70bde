// sObject CRUD through conn.sobject('Contact'): create, retrieve, update, upsert by External_Id__c (insert, then
// update), destroy, and a retrieve of the destroyed record. replication.mjs reads the same writes back later.
import { connect, describeError, env, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const contacts = conn.sobject('Contact');
  const externalId = env('SF_EXTERNAL_ID', `compat-${process.pid}`);

  const created = await contacts.create({ FirstName: 'Ada', LastName: 'Compat', Email: 'ada.compat@example.com' });
  const retrieved = await contacts.retrieve(created.id);
  const updated = await contacts.update({ Id: created.id, Title: 'Engineer', LTV_Score__c: 42.5 });
  const afterUpdate = await contacts.retrieve(created.id, { fields: ['Id', 'Title', 'LTV_Score__c'] });

  const upsertInsert = await contacts.upsert({ External_Id__c: externalId, LastName: 'Upserted' }, 'External_Id__c');
  const upsertUpdate = await contacts.upsert({ External_Id__c: externalId, LastName: 'Upserted Again' }, 'External_Id__c');
  const upserted = await contacts.retrieve(upsertInsert.id, { fields: ['Id', 'LastName', 'External_Id__c'] });

  const destroyed = await contacts.destroy(created.id);
  let retrieveAfterDestroy = null;
  try {
    await contacts.retrieve(created.id);
  } catch (err) {
    retrieveAfterDestroy = describeError(err);
  }

  return {
    created,
    retrieved,
    updated,
    afterUpdate,
    upsertInsert,
    upsertUpdate,
    upserted,
    destroyed,
    retrieveAfterDestroy,
  };
});
