// Bulk API 2.0 through conn.bulk2: a query job read back as records, an insert job with one failing row, an upsert
// job by External_Id__c with SEMICOLON delimiter and CRLF line endings, and a queryAll job (scanAll) that sees a
// record deleted after the upsert.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  conn.bulk2.pollInterval = 50;
  conn.bulk2.pollTimeout = 30_000;

  const records = await conn.bulk2.query('SELECT Id, FirstName, LastName, Email FROM Contact ORDER BY Id');
  const rows = [];
  for await (const record of records) {
    rows.push(record);
  }

  const csv = [
    'FirstName,LastName,Email',
    'Grace,Hopper,grace.compat@example.com',
    'Missing,,missing.lastname@example.com',
    'Alan,Turing,alan.compat@example.com',
  ].join('\n') + '\n';
  const load = await conn.bulk2.loadAndWaitForResults({
    object: 'Contact',
    operation: 'insert',
    input: csv,
    pollInterval: 50,
    pollTimeout: 30_000,
  });

  const inserted = await conn.query(
    "SELECT Id, FirstName, LastName FROM Contact WHERE Email IN ('grace.compat@example.com', 'alan.compat@example.com',"
      + " 'missing.lastname@example.com') ORDER BY LastName");

  const upsert = await conn.bulk2.loadAndWaitForResults({
    object: 'Contact',
    operation: 'upsert',
    externalIdFieldName: 'External_Id__c',
    columnDelimiter: 'SEMICOLON',
    lineEnding: 'CRLF',
    input: 'External_Id__c;LastName;FirstName\r\nbulk-up-1;Lovelace;Ada\r\nbulk-up-2;"Semi;colon";Bob\r\n',
    pollInterval: 50,
    pollTimeout: 30_000,
  });
  const lovelace = upsert.successfulResults.find((r) => r.External_Id__c === 'bulk-up-1');
  await conn.sobject('Contact').destroy(lovelace.sf__Id);
  const scanned = [];
  const scanSoql = "SELECT Id, LastName, IsDeleted FROM Contact WHERE External_Id__c LIKE 'bulk-up-%' ORDER BY LastName";
  for await (const record of await conn.bulk2.query(scanSoql, { scanAll: true })) {
    scanned.push(record);
  }
  const live = [];
  for await (const record of await conn.bulk2.query(scanSoql)) {
    live.push(record);
  }

  return {
    upsert: { successfulResults: upsert.successfulResults, failedResults: upsert.failedResults },
    scanned,
    live,
    query: { count: rows.length, first: rows[0] ?? null, last: rows[rows.length - 1] ?? null },
    load: {
      successfulResults: load.successfulResults,
      failedResults: load.failedResults,
      unprocessedRecords: load.unprocessedRecords,
    },
    inserted: inserted.records.map((r) => ({ Id: r.Id, FirstName: r.FirstName, LastName: r.LastName })),
  };
});
