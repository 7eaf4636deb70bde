// Bulk API 2.0 polling: jobs that stay UploadComplete/InProgress for a while. jsforce polls the job until it is
// JobComplete; with a poll timeout shorter than the processing time it gives up with a JobPollingTimeout error.
import { connect, describeError, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const soql = 'SELECT Id, LastName FROM Contact ORDER BY Id LIMIT 5';

  let timedOut = null;
  try {
    await conn.bulk2.query(soql, { pollInterval: 50, pollTimeout: 100 });
  } catch (err) {
    timedOut = describeError(err);
  }

  const rows = [];
  for await (const record of await conn.bulk2.query(soql, { pollInterval: 100, pollTimeout: 20_000 })) {
    rows.push(record);
  }

  const load = await conn.bulk2.loadAndWaitForResults({
    object: 'Contact',
    operation: 'insert',
    input: 'LastName\nPolled\n',
    pollInterval: 100,
    pollTimeout: 20_000,
  });

  return { timedOut, rows: rows.length, loaded: load.successfulResults.length };
});
