// Builds unmodified @hubspot/api-client Clients pointed at the standalone HubSpot emulator.
//
// Environment (set by the Java test; see HubSpotClientIT.java):
//   HUBSPOT_BASE_URL       the emulator's base URL (http://127.0.0.1:<port>), used as the client's basePath
//   HUBSPOT_TOKEN          a private-app token of the portal the scenario reads
//   HUBSPOT_CLIENT_ID      the OAuth app's client id
//   HUBSPOT_CLIENT_SECRET  the OAuth app's client secret
//   HUBSPOT_REFRESH_TOKEN  a refresh token of the app's installation in that portal
import { Client } from '@hubspot/api-client';
import { env } from './run.mjs';

/** A Client with this access token (default: the private-app token) and no retries of its own. */
export function client(accessToken = env('HUBSPOT_TOKEN')) {
  return new Client({ accessToken, basePath: env('HUBSPOT_BASE_URL'), numberOfApiCallRetries: 0 });
}

/** The client's ApiException as plain data: its HTTP status and the error body HubSpot sent. */
export function describeApiError(err) {
  let body = err?.body ?? null;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // keep the text as it came
    }
  }
  return { name: err?.constructor?.name ?? null, code: err?.code ?? null, body };
}
