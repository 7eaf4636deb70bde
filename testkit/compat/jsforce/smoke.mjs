// Drives the emulator with unmodified jsforce. Usage: SF_LOGIN_URL=... SF_CLIENT_ID=... SF_CLIENT_SECRET=...
// SF_REFRESH_TOKEN=... node smoke.mjs   (run.sh starts the standalone emulator and sets these)
import jsforce from 'jsforce';
import assert from 'node:assert/strict';

const env = (name) => { const v = process.env[name]; if (!v) throw new Error(`missing ${name}`); return v; };
const conn = new jsforce.Connection({
  oauth2: { loginUrl: env('SF_LOGIN_URL'), clientId: env('SF_CLIENT_ID'), clientSecret: env('SF_CLIENT_SECRET') },
  instanceUrl: env('SF_LOGIN_URL'),
  refreshToken: env('SF_REFRESH_TOKEN'),
  version: '62.0',
});
let refreshed = 0;
conn.on('refresh', () => { refreshed++; });
const step = async (name, fn) => {
  try { await fn(); console.log(`ok   ${name}`); }
  catch (e) { console.log(`FAIL ${name}: ${e.name}: ${e.message}`); process.exitCode = 1; }
};

await step('query with automatic refresh', async () => {
  const result = await conn.query('SELECT Id, Name, Account.Name FROM Contact LIMIT 5');
  assert.equal(result.records.length, 5);
  assert.ok(refreshed >= 1, 'jsforce refreshed the session');
  assert.ok(result.records[0].Account.Name);
});
await step('identity', async () => {
  const id = await conn.identity();
  assert.match(id.organization_id, /^00D/);
});
await step('query autoFetch across pages', async () => {
  const records = [];
  await new Promise((resolve, reject) => {
    conn.query('SELECT Id FROM Contact').on('record', (r) => records.push(r)).on('end', resolve).on('error', reject)
      .run({ autoFetch: true, maxFetch: 100000 });
  });
  const count = await conn.query('SELECT COUNT() FROM Contact');
  assert.equal(records.length, count.totalSize);
});
await step('describeGlobal and describe', async () => {
  const global = await conn.describeGlobal();
  assert.ok(global.sobjects.some((s) => s.name === 'Deal_Registration__c'));
  const contact = await conn.sobject('Contact').describe();
  assert.ok(contact.fields.some((f) => f.name === 'External_Id__c' && f.externalId));
});
let createdId;
await step('create, retrieve, update, upsert, destroy', async () => {
  const created = await conn.sobject('Contact').create({ LastName: 'Jsforce', FirstName: 'Node' });
  assert.ok(created.success);
  createdId = created.id;
  const read = await conn.sobject('Contact').retrieve(createdId);
  assert.equal(read.Name, 'Node Jsforce');
  const updated = await conn.sobject('Contact').update({ Id: createdId, Title: 'Tester' });
  assert.ok(updated.success);
  const upserted = await conn.sobject('Contact').upsert({ External_Id__c: 'JS-1', LastName: 'Upserted' }, 'External_Id__c');
  assert.ok(upserted.success);
  const destroyed = await conn.sobject('Contact').destroy(createdId);
  assert.ok(destroyed.success);
});
await step('sObject collections (array create/retrieve/destroy)', async () => {
  const results = await conn.sobject('Account').create([{ Name: 'A1' }, { Name: 'A2' }]);
  assert.equal(results.filter((r) => r.success).length, 2);
  const records = await conn.sobject('Account').retrieve(results.map((r) => r.id));
  assert.equal(records[0].Name, 'A1');
  const gone = await conn.sobject('Account').destroy(results.map((r) => r.id));
  assert.equal(gone.filter((r) => r.success).length, 2);
});
await step('updated and deleted', async () => {
  const end = new Date(Date.now() + 60000);
  const start = new Date(Date.now() - 3600000);
  const updated = await conn.sobject('Contact').updated(start, end);
  assert.ok(Array.isArray(updated.ids));
  const deleted = await conn.sobject('Contact').deleted(start, end);
  // the window lags to the last whole minute, as on the platform, so a deletion of this minute may not be in it yet
  assert.ok(Array.isArray(deleted.deletedRecords) && deleted.latestDateCovered.endsWith(':00.000+0000'));
});
await step('limits', async () => {
  const limits = await conn.limits();
  assert.ok(limits.DailyApiRequests.Max > 0);
  assert.ok(conn.limitInfo.apiUsage.used > 0);
});
await step('bulk 2.0 query', async () => {
  const records = await (await conn.bulk2.query('SELECT Id, Name FROM Account')).toArray();
  const count = await conn.query('SELECT COUNT() FROM Account');
  assert.equal(records.length, count.totalSize);
});
await step('bulk 2.0 ingest with a failed row', async () => {
  const results = await conn.bulk2.loadAndWaitForResults({
    object: 'Contact', operation: 'insert',
    input: 'LastName,Email\nBulk One,one@example.com\n,missing@example.com\n',
  });
  assert.equal(results.successfulResults.length, 1);
  assert.equal(results.failedResults.length, 1);
});
await step('search (SOSL)', async () => {
  const found = await conn.search('FIND {Lovelace} IN ALL FIELDS RETURNING Contact(Id, Name)');
  assert.ok(found.searchRecords.length > 0);
});
await step('web-server flow with PKCE through the consent page (jsforce OAuth2)', async () => {
  const login = env('SF_LOGIN_URL');
  const oauth2 = new jsforce.OAuth2({ loginUrl: login, clientId: env('SF_CLIENT_ID'), clientSecret: env('SF_CLIENT_SECRET'),
    redirectUri: 'http://localhost:1717/callback', useVerifier: true });
  const page = await (await fetch(oauth2.getAuthorizationUrl({ state: 'st-1' }))).text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(page)[1];
  const answer = await fetch(`${login}/services/oauth2/authorize`, { method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `request_id=${requestId}&decision=allow` });
  const callback = new URL(answer.headers.get('location'));
  assert.equal(callback.searchParams.get('state'), 'st-1');
  const user = new jsforce.Connection({ oauth2, version: '62.0' });
  const info = await user.authorize(callback.searchParams.get('code'));
  assert.match(info.organizationId, /^00D/);
  assert.ok(user.refreshToken);
  assert.equal((await user.query('SELECT Id FROM Account LIMIT 1')).records.length, 1);
});
await step('username-password login through the OAuth client', async () => {
  const user = new jsforce.Connection({ oauth2: { loginUrl: env('SF_LOGIN_URL'), clientId: env('SF_CLIENT_ID'),
    clientSecret: env('SF_CLIENT_SECRET') }, version: '62.0' });
  const info = await user.login(env('SF_USERNAME'), env('SF_PASSWORD'));
  assert.match(info.organizationId, /^00D/);
  assert.equal((await user.query('SELECT Id FROM Account LIMIT 1')).records.length, 1);
});
await step('expired session is refreshed transparently', async () => {
  const before = refreshed;
  await fetch(`${env('SF_LOGIN_URL')}/services/oauth2/revoke`, { method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(conn.accessToken)}` });
  const result = await conn.query('SELECT Id FROM Account LIMIT 1');
  assert.equal(result.records.length, 1);
  assert.equal(refreshed, before + 1);
});
