// npm run admin:create -- --username admin --name "Nama Lengkap" [--email a@b.go.id] [--reset-password]
// Creates the first ADMIN on an installation without demo data. The password is read from the
// ADMIN_PASSWORD environment variable or asked for (twice, hidden) on a terminal; never an argument,
// so it does not end up in the shell history or the process list.
import { parseArgs } from "node:util";
import { CommandError, runCommand, withDatabase } from "./lib/script-database";
import { readHiddenLine } from "./lib/hidden-prompt";
import { passwordWeakness } from "@/lib/users/password-policy";

const USAGE =
  'Pemakaian: npm run admin:create -- --username admin --name "Nama Lengkap" [--email surel@instansi.go.id] [--reset-password]\n' +
  "Kata sandi dibaca dari variabel ADMIN_PASSWORD atau ditanyakan di terminal.";

async function readPassword(username: string): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) throw new CommandError("ADMIN_PASSWORD tidak diatur dan tidak ada terminal untuk menanyakan kata sandi.");
  for (;;) {
    const password = await readHiddenLine("Kata sandi baru (min. 10 karakter): ");
    const problem = passwordWeakness(password, { username });
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await readHiddenLine("Ulangi kata sandi: ")) === password) return password;
    console.error("Kedua isian tidak sama; ulangi.");
  }
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        username: { type: "string" },
        name: { type: "string" },
        email: { type: "string" },
        "reset-password": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new CommandError(`${(error as Error).message}\n${USAGE}`);
  }
}

runCommand(async () => {
  const values = parseOptions();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const resetPassword = values["reset-password"] ?? false;
  if (!values.username || (!values.name && !resetPassword)) throw new CommandError(USAGE);

  const username = values.username.trim().toLowerCase();
  const password = await readPassword(username);
  const result = await withDatabase(async (db) => {
    const { createOrResetAdmin } = await import("@/lib/users/create-first-admin");
    return createOrResetAdmin(db, { username, name: values.name, email: values.email, password, resetPassword });
  });
  if (result.outcome === "created") {
    console.log(`Administrator "${result.user.username}" (${result.user.name}) dibuat. Silakan masuk di /masuk.`);
  } else {
    console.log(`Kata sandi "${result.user.username}" diganti; akun aktif (peran ${result.user.role}).`);
  }
});
