// OAuth 2.0 JWT bearer flow: the script signs an RS256 assertion with node:crypto (iss = consumer key, sub =
// username, aud = login URL, exp = 3 minutes) and hands it to conn.authorize({ grant_type, assertion }).
//   SF_JWT_PRIVATE_KEY  the PKCS#8 PEM private key matching the Connected App's certificate
//   SF_USERNAME         the user to act as
import { createPrivateKey, sign } from 'node:crypto';
import { describeError, env, jsforce, run } from './lib/scenario.mjs';

const loginUrl = env('SF_LOGIN_URL');

function base64url(value) {
  return Buffer.from(value).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function assertion(claims) {
  const header = base64url(JSON.stringify({ alg: 'RS256' }));
  const body = base64url(JSON.stringify(claims));
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), createPrivateKey(env('SF_JWT_PRIVATE_KEY')));
  return `${header}.${body}.${base64url(signature)}`;
}

run(async () => {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const claims = { iss: env('SF_CLIENT_ID'), sub: env('SF_USERNAME'), aud: loginUrl, exp: nowSeconds + 180 };
  const grantType = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

  const conn = new jsforce.Connection({ oauth2: { loginUrl, clientId: env('SF_CLIENT_ID') }, version: env('SF_API_VERSION') });
  const userInfo = await conn.authorize({ grant_type: grantType, assertion: assertion(claims) });
  const query = await conn.query('SELECT Id FROM Account LIMIT 1');

  let wrongAudience = null;
  try {
    await new jsforce.Connection({ oauth2: { loginUrl, clientId: env('SF_CLIENT_ID') } })
      .authorize({ grant_type: grantType, assertion: assertion({ ...claims, aud: 'https://example.invalid' }) });
  } catch (err) {
    wrongAudience = describeError(err);
  }

  return {
    userInfo,
    instanceUrl: conn.instanceUrl,
    hasAccessToken: Boolean(conn.accessToken),
    refreshToken: conn.refreshToken ?? null,
    querySize: query.records.length,
    wrongAudience,
  };
});
