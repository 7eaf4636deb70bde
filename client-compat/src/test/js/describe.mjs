// conn.describeGlobal(), conn.sobject('Contact').describe(), conn.sobject('Contact').recent(), the API versions
// listing read with conn.requestGet, and a describe with If-Modified-Since (304: jsforce returns an empty body).
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const global = await conn.describeGlobal();
  const contact = await conn.sobject('Contact').describe();
  const recent = await conn.sobject('Contact').recent();
  const notModified = await conn.request({
    method: 'GET', url: '/sobjects/Contact/describe', headers: { 'If-Modified-Since': 'Fri, 01 Jan 2100 00:00:00 GMT' },
  });
  const modified = await conn.request({
    method: 'GET', url: '/sobjects/Contact/describe', headers: { 'If-Modified-Since': 'Mon, 01 Jan 2001 00:00:00 GMT' },
  });
  const versions = await conn.requestGet('/services/data');
  const field = (name) => contact.fields.find((f) => f.name === name) ?? null;
  return {
    recent,
    ifModifiedSince: { future: notModified, pastName: modified?.name ?? null },
    versions: { count: versions.length, last: versions[versions.length - 1] ?? null },
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
