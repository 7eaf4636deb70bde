// A parent-to-child subquery whose child set is larger than one batch: without autoFetch the child QueryResult is
// left as the platform sent it (done, nextRecordsUrl); with autoFetch jsforce follows the child nextRecordsUrl.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const soql = 'SELECT Id, Name, (SELECT Id FROM Contacts) FROM Account ORDER BY Name';
  const summary = (result) => ({
    totalSize: result.totalSize,
    done: result.done,
    rows: result.records.length,
    children: result.records.map((account) => ({
      totalSize: account.Contacts?.totalSize ?? null,
      done: account.Contacts?.done ?? null,
      nextRecordsUrl: account.Contacts?.nextRecordsUrl ?? null,
      rows: account.Contacts?.records?.length ?? null,
    })),
  });
  return {
    raw: summary(await conn.query(soql)),
    fetched: summary(await conn.query(soql, { autoFetch: true, maxFetch: 100000 })),
  };
});
