// OAuth 2.0 client credentials flow: conn.authorize({ grant_type: 'client_credentials' }); jsforce adds the
// consumer key and secret to the form.
import { env, jsforce, run } from './lib/scenario.mjs';

run(async () => {
  const loginUrl = env('SF_LOGIN_URL');
  const conn = new jsforce.Connection({
    oauth2: { loginUrl, clientId: env('SF_CLIENT_ID'), clientSecret: env('SF_CLIENT_SECRET') },
    version: env('SF_API_VERSION'),
  });
  const userInfo = await conn.authorize({ grant_type: 'client_credentials' });
  const query = await conn.query('SELECT Id FROM Account LIMIT 1');
  return {
    userInfo,
    instanceUrl: conn.instanceUrl,
    refreshToken: conn.refreshToken ?? null,
    querySize: query.records.length,
  };
});
