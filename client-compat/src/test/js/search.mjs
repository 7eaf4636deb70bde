// SOSL through conn.search(): FIND ... RETURNING across objects, and a malformed search.
import { connect, describeError, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const created = await conn.sobject('Contact').create({ FirstName: 'Zephyrine', LastName: 'Quixote', Email: 'zq@example.com' });
  const found = await conn.search('FIND {Quixote} IN NAME FIELDS RETURNING Contact(Id, Name, Email), Account(Id, Name)');
  const byEmail = await conn.search('FIND {zq@example.com} IN EMAIL FIELDS RETURNING Contact(Id)');
  let malformed = null;
  try {
    await conn.search('FIND Quixote');
  } catch (err) {
    malformed = describeError(err);
  }
  return { createdId: created.id, found, byEmail, malformed };
});
