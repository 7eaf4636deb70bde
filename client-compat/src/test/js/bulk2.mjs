// Bulk API 2.0 through conn.bulk2: a query job read back as records, and an insert job with one failing row.
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

  return {
    query: { count: rows.length, first: rows[0] ?? null, last: rows[rows.length - 1] ?? null },
    load: {
      successfulResults: load.successfulResults,
      failedResults: load.failedResults,
      unprocessedRecords: load.unprocessedRecords,
    },
    inserted: inserted.records.map((r) => ({ Id: r.Id, FirstName: r.FirstName, LastName: r.LastName })),
  };
});
