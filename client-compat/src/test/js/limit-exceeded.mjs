// The daily API allowance: calls past it get 403 REQUEST_LIMIT_EXCEEDED, which jsforce reports (without retrying)
// as an error with that code; conn.limitInfo follows the Sforce-Limit-Info header until then.
import { connect, describeError, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const usage = [];
  let failure = null;
  for (let i = 0; i < 10 && failure === null; i++) {
    try {
      await conn.query('SELECT Id FROM Account LIMIT 1');
      usage.push(conn.limitInfo?.apiUsage ?? null);
    } catch (err) {
      failure = describeError(err);
    }
  }
  return { succeeded: usage.length, usage, failure };
});
