// Two orgs on one emulator: one jsforce Connection per org (each with its own Connected App and refresh token).
// Each sees its own user, org id and records; a record created in one is invisible to the other.
//   SF2_CLIENT_ID, SF2_CLIENT_SECRET, SF2_REFRESH_TOKEN  the second org's Connected App and refresh token
import { connect, describeError, env, run } from './lib/scenario.mjs';

run(async () => {
  const { conn: first } = connect();
  const { conn: second } = connect({
    oauth2: { loginUrl: env('SF_LOGIN_URL'), clientId: env('SF2_CLIENT_ID'), clientSecret: env('SF2_CLIENT_SECRET') },
    refreshToken: env('SF2_REFRESH_TOKEN'),
  });

  const firstIdentity = await first.identity();
  const secondIdentity = await second.identity();
  const created = await first.sobject('Contact').create({ LastName: 'Only In The First Org' });
  const seenByFirst = await first.query(`SELECT Id FROM Contact WHERE Id = '${created.id}'`);
  const seenBySecond = await second.query(`SELECT Id FROM Contact WHERE Id = '${created.id}'`);
  let retrievedBySecond = null;
  try {
    await second.sobject('Contact').retrieve(created.id);
  } catch (err) {
    retrievedBySecond = describeError(err);
  }
  const firstCount = await first.sobject('Account').count();
  const secondCount = await second.sobject('Account').count();

  return {
    orgs: [firstIdentity.organization_id, secondIdentity.organization_id],
    users: [firstIdentity.username, secondIdentity.username],
    createdId: created.id,
    seenByFirst: seenByFirst.totalSize,
    seenBySecond: seenBySecond.totalSize,
    retrievedBySecond,
    accountCounts: [firstCount, secondCount],
  };
});
