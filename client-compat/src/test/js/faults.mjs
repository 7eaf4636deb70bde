// Transient failures, injected by the Java test through emulator.faults(): jsforce retries 5xx/429 on GET (not on
// POST) and refreshes when its session is revoked mid-run. (A response cut off mid-body is left out: jsforce 3.10.16
// never settles the call's promise then, and Node exits without a result; see the README.)
// Each step targets its own route, so the faults planned by FaultsIT hit exactly one step each.
import { connect, describeError, run } from './lib/scenario.mjs';

async function attempt(action) {
  const started = Date.now();
  try {
    const value = await action();
    return { failed: false, value, millis: Date.now() - started };
  } catch (err) {
    return { failed: true, ...describeError(err), millis: Date.now() - started };
  }
}

run(async () => {
  const { conn, refreshes } = connect();
  // Authenticate first (401, refresh, retry) on a route without faults.
  await conn.identity();

  const retriedQuery = await attempt(async () => (await conn.query('SELECT Id FROM Account LIMIT 2')).records.length);
  const retriedAfter429 = await attempt(async () => (await conn.sobject('Account').describe()).name);
  const failedCreate = await attempt(async () => (await conn.sobject('Contact').create({ LastName: 'Unlucky' })).id);
  const refreshesBefore = refreshes.length;
  const afterRevocation = await attempt(async () => (await conn.sobject('Contact').describe()).name);

  return {
    retriedQuery,
    retriedAfter429,
    failedCreate,
    afterRevocation: { ...afterRevocation, refreshes: refreshes.length - refreshesBefore },
  };
});
