import { RasdError } from "../../errors/rasd-error.ts";
import { hashPassword, passwordProblem } from "../../review/password-hash.ts";
import { isRole, ROLES } from "../../review/roles.ts";
import { newSecretToken, tokenDigest } from "../../server/auth/secret-token.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { openStore } from "../../store/open-store.ts";
import { deleteApiTokens, insertApiToken } from "../../store/review/api-token-queries.ts";
import { deleteUser, findUser, insertUser, listUsers, updateUserPassword } from "../../store/review/user-queries.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { readNewPassword } from "../read-password.ts";

const NAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/** `rasd users add|list|remove|reset|token|revoke`: the accounts of people who review events. */
export const usersCommand = defineCommand({
  name: "users",
  summary: "Manage the accounts that log in to review events (viewer, editor, admin) and their API tokens",
  positionals: "add NAME | list | remove NAME | reset NAME | token NAME | revoke NAME",
  description: `add NAME --role viewer|editor|admin: a new account; the password is asked twice (or read as the
  first line of stdin when it is not a terminal, for scripts). At least 10 characters.
list: accounts with their role, API tokens and live sessions (JSON lines).
remove NAME: the account, its sessions and tokens go; its decisions stay in the history under its name.
reset NAME [--role R]: a new password (and role); every session of the account ends.
token NAME [--label L]: a new API token for scripts (Authorization: Bearer …), printed once.
revoke NAME [--label L]: remove the account's tokens (those with the label, else all).
Viewers read; editors also accept, reject and correct events; admins also list accounts in the API.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    role: { type: "string", choices: [...ROLES], placeholder: "ROLE", description: "viewer, editor or admin (add: required)" },
    label: { type: "string", placeholder: "LABEL", description: "token/revoke: the token's label" },
  },
  async run({ options, positionals }, io) {
    const [action, name, ...rest] = positionals;
    if (rest.length > 0) throw new RasdError("usage", `users: unexpected argument "${rest[0]}"`);
    const needsName = action === "add" || action === "remove" || action === "reset" || action === "token" || action === "revoke";
    if (!needsName && action !== "list") throw new RasdError("usage", "users: say add, list, remove, reset, token or revoke (see rasd users --help)");
    if (needsName && (name === undefined || !NAME.test(name))) throw new RasdError("usage", `users ${action}: give an account NAME of 2–64 letters, digits, . _ -`);
    if (action === "list" && name !== undefined) throw new RasdError("usage", `users list: unexpected argument "${name}"`);
    if (action === "add" && options.role === undefined) throw new RasdError("usage", "users add: give --role viewer|editor|admin");
    const role = options.role !== undefined && isRole(options.role) ? options.role : undefined;
    const store = await openStore(options.db ?? defaultDbPath());
    const now = new Date().toISOString();
    const say = (line: string) => io.stderr.write(formatMessage("users", line));
    try {
      switch (action) {
        case "add": {
          if (await findUser(store, name!)) throw new RasdError("usage", `users add: there is already an account ${name}`);
          const hash = await newHash(io, `users add ${name}`);
          if (!(await insertUser(store, { name: name!, role: role!, password_hash: hash, created_at: now, password_changed_at: now }))) throw new RasdError("usage", `users add: there is already an account ${name}`);
          say(`account ${name} added (${role})`);
          break;
        }
        case "list":
          for (const u of await listUsers(store, now)) io.stdout.write(`${JSON.stringify(u)}\n`);
          break;
        case "remove":
          if (!(await deleteUser(store, name!))) throw new RasdError("not-found", `users remove: no account ${name}`);
          say(`account ${name} removed; its decisions stay in the history`);
          break;
        case "reset": {
          if (!(await findUser(store, name!))) throw new RasdError("not-found", `users reset: no account ${name}`);
          const hash = await newHash(io, `users reset ${name}`);
          await updateUserPassword(store, name!, hash, now, role);
          say(`account ${name}: new password${role ? `, role ${role}` : ""}; its sessions ended`);
          break;
        }
        case "token": {
          if (!(await findUser(store, name!))) throw new RasdError("not-found", `users token: no account ${name}`);
          const token = newSecretToken("rasd_");
          await insertApiToken(store, { token_hash: tokenDigest(token), user_name: name!, label: options.label ?? "cli", created_at: now });
          io.stdout.write(`${token}\n`);
          say(`new API token for ${name} (shown once; send it as Authorization: Bearer …)`);
          break;
        }
        case "revoke": {
          const n = await deleteApiTokens(store, name!, options.label ?? null);
          say(`${n} token(s) of ${name} revoked`);
          break;
        }
      }
    } finally {
      await store.close();
    }
    return 0;
  },
});

async function newHash(io: Parameters<typeof readNewPassword>[0], what: string): Promise<string> {
  const password = await readNewPassword(io, what);
  const problem = passwordProblem(password);
  if (problem) throw new RasdError("usage", `${what}: ${problem}`);
  return hashPassword(password);
}
