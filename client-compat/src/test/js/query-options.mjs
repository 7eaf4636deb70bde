// Query details jsforce relies on: the Sforce-Query-Options batchSize header (smaller pages, followed by autoFetch),
// parent-to-child subqueries, and a Connection left at jsforce's default API version.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const headers = { 'Sforce-Query-Options': 'batchSize=500' };
  const soql = 'SELECT Id FROM Contact';

  const smallPage = await conn.query(soql, { headers });
  const smallPages = await conn.query(soql, { headers, autoFetch: true, maxFetch: 100000 });

  const accounts = await conn.query(
    'SELECT Id, Name, (SELECT Id, LastName FROM Contacts ORDER BY LastName) FROM Account ORDER BY Name LIMIT 3');
  const children = accounts.records.map((a) => ({
    Name: a.Name,
    totalSize: a.Contacts?.totalSize ?? null,
    done: a.Contacts?.done ?? null,
    fetched: a.Contacts?.records?.length ?? null,
    childType: a.Contacts?.records?.[0]?.attributes?.type ?? null,
  }));

  const { conn: defaultVersion } = connect({ version: undefined });
  const defaultVersionQuery = await defaultVersion.query('SELECT Id FROM Account LIMIT 1');

  return {
    smallPage: { fetched: smallPage.records.length, done: smallPage.done, totalSize: smallPage.totalSize },
    smallPages: { fetched: smallPages.records.length, totalSize: smallPages.totalSize },
    children,
    defaultVersion: { version: defaultVersion.version, size: defaultVersionQuery.records.length },
  };
});
