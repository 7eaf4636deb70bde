// Refresh-token rotation: the Connected App answers every refresh with a new refresh token and spends the old one.
// jsforce 3 keeps using the refresh token it was given (it ignores refresh_token in refresh responses), so its
// second refresh fails with invalid_grant; a Connection built with the rotated token works.
import { connect, describeError, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  let rotated = null;
  conn.on('refresh', (_accessToken, response) => {
    rotated = response?.refresh_token ?? null;
  });
  await conn.query('SELECT Id FROM Account LIMIT 1');
  const keptOriginal = conn.refreshToken === process.env.SF_REFRESH_TOKEN;

  // Force the next call to refresh again: the platform answers an unknown session with 401 INVALID_SESSION_ID.
  conn.accessToken = 'not-a-session';
  let secondRefresh = { failed: false };
  try {
    await conn.query('SELECT Id FROM Account LIMIT 1');
  } catch (err) {
    secondRefresh = { failed: true, ...describeError(err) };
  }

  let withRotatedToken = null;
  if (rotated) {
    const { conn: next } = connect({ refreshToken: rotated });
    withRotatedToken = (await next.query('SELECT Id FROM Account LIMIT 1')).records.length;
  }

  return {
    rotatedRefreshTokenIssued: Boolean(rotated),
    rotatedDiffers: rotated !== null && rotated !== process.env.SF_REFRESH_TOKEN,
    keptOriginal,
    secondRefresh,
    withRotatedToken,
  };
});
