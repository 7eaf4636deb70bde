// conn.query() with autoFetch across several pages, maxFetch cutting the fetch short, and the queryAll resource
// (jsforce 3: conn.query(soql, { scanAll: true }); jsforce 1.x had conn.queryAll) seeing a deleted record that a
// plain query does not; the query builder (find/sort/limit), count() and the Sforce-Limit-Info header.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const soql = 'SELECT Id, Name, Email, Account.Name FROM Contact ORDER BY Id';

  const all = await conn.query(soql, { autoFetch: true, maxFetch: 100000 });
  const capped = await conn.query(soql, { autoFetch: true, maxFetch: 2500 });
  const firstPage = await conn.query(soql);

  const created = await conn.sobject('Contact').create({ LastName: 'Compat Deleted' });
  await conn.sobject('Contact').destroy(created.id);
  const deletedSoql = `SELECT Id, IsDeleted FROM Contact WHERE Id = '${created.id}'`;
  const live = await conn.query(deletedSoql);
  const withDeleted = await conn.query(deletedSoql, { scanAll: true });

  const found = await conn.sobject('Contact')
    .find({ LastName: { $like: 'K%' }, AccountId: { $ne: null } }, ['Id', 'LastName', 'Account.Name'])
    .sort({ LastName: 1, Id: 1 })
    .limit(5);
  const count = await conn.sobject('Contact').count();

  const ids = all.records.map((r) => r.Id);
  return {
    all: {
      totalSize: all.totalSize,
      done: all.done,
      fetched: all.records.length,
      distinctIds: new Set(ids).size,
      first: all.records[0],
    },
    capped: { totalSize: capped.totalSize, done: capped.done, fetched: capped.records.length },
    firstPage: {
      totalSize: firstPage.totalSize,
      done: firstPage.done,
      fetched: firstPage.records.length,
      nextRecordsUrl: firstPage.nextRecordsUrl ?? null,
    },
    found,
    count,
    apiUsage: conn.limitInfo?.apiUsage ?? null,
    deletedId: created.id,
    query: { totalSize: live.totalSize, records: live.records },
    queryAll: { totalSize: withDeleted.totalSize, records: withDeleted.records },
  };
});
