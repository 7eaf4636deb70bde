// Errors as the official client surfaces them: ApiException with the HTTP status and HubSpot's body for an unknown
// token, an expired OAuth access token (after refreshing one through oauth.tokensApi), a bad refresh token, and a 429
// when searches outrun the portal's five a second.
import { client, describeApiError } from './lib/hubspot.mjs';
import { env, run } from './lib/run.mjs';

async function failure(call) {
  try {
    await call();
    return null;
  } catch (err) {
    return describeApiError(err);
  }
}

run(async () => {
  const unknown = await failure(() => client('not-a-token').crm.contacts.basicApi.getPage(1));

  const oauth = client().oauth.tokensApi;
  const refreshed = await oauth.create('refresh_token', undefined, undefined, env('HUBSPOT_CLIENT_ID'),
    env('HUBSPOT_CLIENT_SECRET'), env('HUBSPOT_REFRESH_TOKEN'));
  const withAccessToken = await client(refreshed.accessToken).crm.companies.basicApi.getPage(2);
  await new Promise((resolve) => setTimeout(resolve, Number(env('HUBSPOT_WAIT_FOR_EXPIRY_MS'))));
  const expired = await failure(() => client(refreshed.accessToken).crm.companies.basicApi.getPage(2));

  const badRefresh = await failure(() => oauth.create('refresh_token', undefined, undefined, env('HUBSPOT_CLIENT_ID'),
    env('HUBSPOT_CLIENT_SECRET'), 'not-a-refresh-token'));

  const searches = await Promise.allSettled(Array.from({ length: 12 }, () =>
    client().crm.deals.searchApi.doSearch({ filterGroups: [], limit: 1 })));
  const limited = searches.filter((s) => s.status === 'rejected').map((s) => describeApiError(s.reason));

  return {
    unknown,
    refreshed: { expiresIn: refreshed.expiresIn, tokenType: refreshed.tokenType, companies: withAccessToken.results.length },
    expired,
    badRefresh,
    searches: { fulfilled: searches.filter((s) => s.status === 'fulfilled').length, limited },
  };
});
