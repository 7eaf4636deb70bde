// conn.describeGlobal() and conn.sobject('Contact').describe().
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const global = await conn.describeGlobal();
  const contact = await conn.sobject('Contact').describe();
  const field = (name) => contact.fields.find((f) => f.name === name) ?? null;
  return {
    global: {
      encoding: global.encoding,
      maxBatchSize: global.maxBatchSize,
      names: global.sobjects.map((s) => s.name),
      contact: global.sobjects.find((s) => s.name === 'Contact') ?? null,
    },
    contact: {
      name: contact.name,
      keyPrefix: contact.keyPrefix,
      queryable: contact.queryable,
      createable: contact.createable,
      fieldNames: contact.fields.map((f) => f.name),
      id: field('Id'),
      accountId: field('AccountId'),
      externalId: field('External_Id__c'),
      channel: field('Preferred_Channel__c'),
    },
  };
});
