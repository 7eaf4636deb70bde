// One query per API version listed in SF_VERSIONS (comma separated), each through its own Connection.
import { connect, describeError, env, run } from './lib/scenario.mjs';

run(async () => {
  const results = {};
  for (const version of env('SF_VERSIONS').split(',')) {
    const { conn } = connect({ version });
    try {
      results[version] = { failed: false, size: (await conn.query('SELECT Id FROM Account LIMIT 1')).records.length };
    } catch (err) {
      results[version] = { failed: true, ...describeError(err) };
    }
  }
  return results;
});
