// conn.sobject('Contact').updated(start, end) and .deleted(start, end): the replication windows.
//   SF_WINDOW_START, SF_WINDOW_END  ISO-8601 instants bounding both windows
import { connect, env, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const start = new Date(env('SF_WINDOW_START'));
  const end = new Date(env('SF_WINDOW_END'));
  const contacts = conn.sobject('Contact');
  return {
    updated: await contacts.updated(start, end),
    deleted: await contacts.deleted(start, end),
  };
});
