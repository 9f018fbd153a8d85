import { dropTestDatabase } from "./global-setup.mjs";

export default async function globalTeardown() {
  if (globalThis.__TEST_DB_ADMIN_URL__) await dropTestDatabase(globalThis.__TEST_DB_ADMIN_URL__);
  await globalThis.__EMBEDDED_PG__?.stop();
}
