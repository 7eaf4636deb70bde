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

export function env(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') {
    if (fallback !== undefined) {
      return fallback;
    }
    throw new Error(`environment variable ${name} is not set`);
  }
  return value;
}

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

/** Runs a scenario: its result goes to stdout as one JSON document; any failure to stderr and exit code 1. */
export function run(scenario) {
  let settled = false;
  process.on('exit', () => {
    if (!settled) {
      // Node exits with 0 when nothing is left to wait for, even if the scenario's promise never settled.
      process.stderr.write('the scenario ended without a result: a promise never settled\n');
      process.exitCode = 1;
    }
  });
  scenario()
    .finally(() => {
      settled = true;
    })
    .then((result) => {
      process.stdout.write(JSON.stringify(result) + '\n');
    })
    .catch((err) => {
      process.stderr.write(`${err?.name ?? 'Error'}: ${err?.message ?? err}\n`);
      if (err?.stack) {
        process.stderr.write(err.stack + '\n');
      }
      process.exitCode = 1;
    });
}

export { jsforce };
