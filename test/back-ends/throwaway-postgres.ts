import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A PostgreSQL server for the tests: RASD_TEST_POSTGRES_URL when set (CI starts one, .ci/run), else a
 * throwaway cluster started here from the installed binaries (initdb into a temp dir, pg_ctl on
 * 127.0.0.1 and a free port, stopped when the process exits). As root, the cluster runs as the
 * `postgres` user (PostgreSQL refuses to run as root). Resolves to a URL without a database name,
 * or to the reason PostgreSQL is not available (the tests skip with it).
 */
export type PostgresServer = { readonly url: string } | { readonly unavailable: string };

let started: Promise<PostgresServer> | undefined;

export function throwawayPostgres(): Promise<PostgresServer> {
  started ??= start();
  return started;
}

async function start(): Promise<PostgresServer> {
  const given = process.env.RASD_TEST_POSTGRES_URL;
  if (given !== undefined && given.trim() !== "") return { url: given.trim().replace(/\/+$/, "") };
  const bin = postgresBin();
  if (bin === null) return { unavailable: "PostgreSQL is not installed (no initdb under /usr/lib/postgresql; .ci/run installs it) and RASD_TEST_POSTGRES_URL is not set" };
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: readonly string[]) =>
    asRoot ? spawnSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { encoding: "utf8" }) : spawnSync(join(bin, command), [...args], { encoding: "utf8" });
  const dir = mkdtempSync(join(tmpdir(), "rasd-pg-"));
  if (asRoot) {
    chmodSync(dir, 0o777);
    if (spawnSync("id", ["postgres"]).status !== 0) return { unavailable: "running as root and there is no `postgres` user to run a cluster as" };
  }
  const data = join(dir, "data");
  const init = run("initdb", ["-D", data, "-U", "rasd", "--auth=trust", "--locale=C.UTF-8", "-E", "UTF8", "--no-sync"]);
  if (init.status !== 0) return { unavailable: `initdb failed: ${(init.stderr || init.stdout).trim().split("\n").at(-1)}` };
  const port = await freePort();
  const ctl = run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", `-h 127.0.0.1 -p ${port} -k ${dir} -F`, "-w", "start"]);
  if (ctl.status !== 0) return { unavailable: `pg_ctl start failed: ${(ctl.stderr || ctl.stdout).trim().split("\n").at(-1)}` };
  process.once("exit", () => {
    run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  });
  return { url: `postgres://rasd@127.0.0.1:${port}` };
}

/** The newest /usr/lib/postgresql/N/bin that holds initdb, or null. */
function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
