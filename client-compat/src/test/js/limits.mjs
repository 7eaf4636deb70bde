// conn.limits(): GET /limits, read after one Bulk API 2.0 query job, next to the Sforce-Limit-Info header.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  conn.bulk2.pollInterval = 50;
  const rows = [];
  for await (const record of await conn.bulk2.query('SELECT Id FROM Account')) {
    rows.push(record);
  }
  const limits = await conn.limits();
  return {
    bulkRows: rows.length,
    limits,
    headerUsage: conn.limitInfo?.apiUsage ?? null,
  };
});
