// conn.identity(): the first call finds the identity URL in the version's resource listing (the Connection has no
// userInfo yet); the second follows the identity URL jsforce remembered from the first answer.
import { connect, run } from './lib/scenario.mjs';

run(async () => {
  const { conn } = connect();
  const identity = await conn.identity();
  const again = await conn.identity();
  return {
    identity,
    againUserId: again.user_id,
    userInfo: conn.userInfo ?? null,
  };
});
