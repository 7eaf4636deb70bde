// Shared plumbing for the scenario scripts: reads the emulator's address and the Connected App's credentials
// from the environment, builds an unmodified jsforce Connection, runs one scenario and prints its result as JSON.
//
// Environment (set by the Java test; see NodeScenario.java):
//   SF_LOGIN_URL      login host, also the instance URL (http://127.0.0.1:<port>)
//   SF_CLIENT_ID      Connected App consumer key
//   SF_CLIENT_SECRET  Connected App consumer secret
//   SF_REFRESH_TOKEN  the user's refresh token
//   SF_API_VERSION    API version without the "v", e.g. 62.0 (connect({ version: undefined }) keeps jsforce's default)
//   SF_ACCESS_TOKEN   optional: start with this access token instead of none
import jsforce from 'jsforce';
import { env, run } from './run.mjs';

/** A Connection that knows only the refresh token: jsforce must obtain every access token itself. */
export function connect(extra = {}) {
  const loginUrl = env('SF_LOGIN_URL');
  const options = {
    oauth2: { loginUrl, clientId: env('SF_CLIENT_ID'), clientSecret: env('SF_CLIENT_SECRET') },
    instanceUrl: loginUrl,
    refreshToken: env('SF_REFRESH_TOKEN'),
    version: env('SF_API_VERSION'),
    ...extra,
  };
  if (options.version === undefined) {
    delete options.version;
  }
  const accessToken = process.env.SF_ACCESS_TOKEN;
  if (accessToken) {
    options.accessToken = accessToken;
  }
  const conn = new jsforce.Connection(options);
  const refreshes = [];
  conn.on('refresh', (token) => refreshes.push(token));
  return { conn, refreshes };
}

/** Captures a jsforce error as plain data, so a scenario can report an expected failure. */
export function describeError(err) {
  return {
    name: err?.name ?? null,
    errorCode: err?.errorCode ?? null,
    message: err?.message ?? String(err),
  };
}

export { env, jsforce, run };
