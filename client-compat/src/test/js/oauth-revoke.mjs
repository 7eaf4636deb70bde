// Revocation and OAuth error mapping: conn.logout() revokes the access token (the next call refreshes), then
// oauth2.revokeToken(refreshToken) revokes the refresh token, so the next refresh fails with invalid_grant.
// A wrong client secret fails too.
import { connect, describeError, env, jsforce, run } from './lib/scenario.mjs';

async function failure(action) {
  try {
    await action();
    return { failed: false };
  } catch (err) {
    return { failed: true, ...describeError(err) };
  }
}

run(async () => {
  const wrongSecret = await failure(() => new jsforce.OAuth2({
    loginUrl: env('SF_LOGIN_URL'), clientId: env('SF_CLIENT_ID'), clientSecret: 'not-the-secret',
  }).refreshToken(env('SF_REFRESH_TOKEN')));

  const { conn, refreshes } = connect();
  await conn.query('SELECT Id FROM Account LIMIT 1');
  const firstToken = conn.accessToken;
  await conn.logout();
  // logout() forgets the access token; a connection that kept it sees the revocation as an expired session.
  const { conn: kept, refreshes: keptRefreshes } = connect();
  kept.accessToken = firstToken;
  await kept.query('SELECT Id FROM Account LIMIT 1');

  await kept.oauth2.revokeToken(env('SF_REFRESH_TOKEN'));
  const afterRevoke = await failure(() => connect().conn.query('SELECT Id FROM Account LIMIT 1'));

  return {
    wrongSecret,
    refreshEvents: refreshes.length,
    keptRefreshEvents: keptRefreshes.length,
    afterRevoke,
  };
});
