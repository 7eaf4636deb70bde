// OAuth 2.0 refresh_token flow: the Connection starts with a refresh token (and, on the second run, a stale access
// token); jsforce must obtain a fresh access token by itself and complete the query.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn, refreshes } = connect();
  const first = await conn.query('SELECT Id, Name FROM Contact ORDER BY Id LIMIT 3');
  const second = await conn.query('SELECT Id FROM Account LIMIT 1');
  return {
    refreshEvents: refreshes.length,
    accessToken: conn.accessToken,
    instanceUrl: conn.instanceUrl,
    userInfo: conn.userInfo ?? null,
    firstIds: first.records.map((r) => r.Id),
    secondSize: second.records.length,
  };
});
