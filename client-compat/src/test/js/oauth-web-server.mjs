// OAuth 2.0 web-server flow with PKCE: jsforce builds the authorization URL (useVerifier adds code_challenge), a
// minimal "browser" approves the consent page, and conn.authorize(code) redeems the code with the code_verifier.
// A second code is redeemed by an OAuth2 without the verifier, which must fail.
//   SF_REDIRECT_URI  the callback URL registered on the Connected App
import { describeError, env, jsforce, run } from './lib/scenario.mjs';

const loginUrl = env('SF_LOGIN_URL');
const redirectUri = env('SF_REDIRECT_URI');

function oauth2(useVerifier) {
  return new jsforce.OAuth2({
    loginUrl,
    clientId: env('SF_CLIENT_ID'),
    clientSecret: env('SF_CLIENT_SECRET'),
    redirectUri,
    useVerifier,
  });
}

/** Plays the user: opens the consent page, presses Allow, returns the callback's query parameters. */
async function approve(authorizationUrl) {
  const page = await fetch(authorizationUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) {
    throw new Error(`consent page answered ${page.status}: ${html}`);
  }
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    form.set(match[1], match[2]);
  }
  const allow = /<button[^>]*name="([^"]+)"[^>]*value="([^"]+)"[^>]*>Allow</.exec(html);
  if (!action || !allow) {
    throw new Error(`no consent form with an Allow button in: ${html}`);
  }
  form.set(allow[1], allow[2]);
  const answer = await fetch(new URL(action, loginUrl), { method: 'POST', body: form, redirect: 'manual' });
  const location = answer.headers.get('location');
  if (answer.status !== 302 || !location) {
    throw new Error(`consent answer was ${answer.status} without a redirect`);
  }
  if (!location.startsWith(redirectUri)) {
    throw new Error(`redirected to ${location}, not to ${redirectUri}`);
  }
  return Object.fromEntries(new URL(location).searchParams);
}

run(async () => {
  const withVerifier = oauth2(true);
  const authorizationUrl = withVerifier.getAuthorizationUrl({ scope: 'api refresh_token', state: 'compat-state-1' });
  const callback = await approve(authorizationUrl);
  const conn = new jsforce.Connection({ oauth2: withVerifier, version: env('SF_API_VERSION') });
  const userInfo = await conn.authorize(callback.code);
  const query = await conn.query('SELECT Id FROM Contact LIMIT 2');
  const refreshed = await withVerifier.refreshToken(conn.refreshToken);

  let reusedCode = null;
  try {
    await new jsforce.Connection({ oauth2: withVerifier }).authorize(callback.code);
  } catch (err) {
    reusedCode = describeError(err);
  }

  const secondCallback = await approve(oauth2(true).getAuthorizationUrl({ scope: 'api refresh_token' }));
  let missingVerifier = null;
  try {
    await new jsforce.Connection({ oauth2: oauth2(false) }).authorize(secondCallback.code);
  } catch (err) {
    missingVerifier = describeError(err);
  }

  const authorizationParams = Object.fromEntries(new URL(authorizationUrl).searchParams);
  return {
    authorizationParams,
    callback: { state: callback.state ?? null, hasCode: Boolean(callback.code) },
    userInfo,
    instanceUrl: conn.instanceUrl,
    hasAccessToken: Boolean(conn.accessToken),
    hasRefreshToken: Boolean(conn.refreshToken),
    querySize: query.records.length,
    refreshed: { hasAccessToken: Boolean(refreshed.access_token), instanceUrl: refreshed.instance_url, id: refreshed.id },
    reusedCode,
    missingVerifier,
  };
});
