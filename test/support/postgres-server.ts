import { execFileSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL server for the tests: `initdb` in a temp folder, `pg_ctl start` on a free
 * loopback port (and a unix socket inside the folder, never the system's), trust authentication,
 * durability off because the data dies with the run. One server serves a whole vitest run
 * (test/global-setup.ts); each test file makes its own database in it (createTestDatabase).
 */
export interface PostgresTestServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  folder: string;
  /** Stops the server and removes its folder; safe to call twice. */
  stop(): void;
}

/** Folders of servers this helper started: `gigdesk-pg-<random>`, each with an `owner.pid` file. */
const folderPrefix = "gigdesk-pg-";

export const postgresInstallHint =
  "The PostgreSQL contract tests start a real server and need initdb and pg_ctl: on Debian or Ubuntu " +
  "`apt-get install postgresql` (the binaries land in /usr/lib/postgresql/<version>/bin), on macOS " +
  "`brew install postgresql`. .ci/run installs it by itself.";

/** The newest /usr/lib/postgresql/<version>/bin (Debian keeps them off PATH), else PATH's initdb. */
export function findPostgresBinaries(): { initdb: string; pgCtl: string } | null {
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => existsSync(join(debianRoot, name, "bin", "initdb")))
      .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
    const newest = versions[0];
    if (newest !== undefined) {
      const bin = join(debianRoot, newest, "bin");
      return { initdb: join(bin, "initdb"), pgCtl: join(bin, "pg_ctl") };
    }
  }
  for (const folder of (process.env.PATH ?? "").split(":")) {
    if (folder && existsSync(join(folder, "initdb")) && existsSync(join(folder, "pg_ctl"))) {
      return { initdb: join(folder, "initdb"), pgCtl: join(folder, "pg_ctl") };
    }
  }
  return null;
}

export async function startPostgresServer(): Promise<PostgresTestServer> {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error(`initdb and pg_ctl were not found. ${postgresInstallHint}`);
  stopAbandonedServers(binaries.pgCtl);
  // initdb refuses to run as root; the server's files then belong to the postgres user.
  const asRoot = userInfo().uid === 0;
  const serverUser = asRoot ? postgresUser() : null;
  const run = (command: string, args: string[]) =>
    execFileSync(
      serverUser ? "runuser" : command,
      serverUser ? ["-u", "postgres", "--", command, ...args] : args,
      {
        stdio: ["ignore", "pipe", "pipe"],
        encoding: "utf8",
      },
    );

  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  writeFileSync(join(folder, "owner.pid"), String(process.pid));
  if (serverUser) chownSync(folder, serverUser.uid, serverUser.gid);
  const data = join(folder, "data");
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run(binaries.pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already gone (killed with the machine, or stopped by a reaper): only the folder is left.
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    run(binaries.initdb, [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "--no-locale",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    // A free port can be taken between the probe and the start by another run's server: try again.
    for (let attempt = 1; ; attempt++) {
      const port = await freeLoopbackPort();
      const settings = [
        `-p ${port}`,
        "-c listen_addresses=127.0.0.1",
        `-k ${folder}`,
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=200",
      ].join(" ");
      try {
        run(binaries.pgCtl, [
          "-D",
          data,
          "-l",
          join(folder, "server.log"),
          "-w",
          "-t",
          "30",
          "-o",
          settings,
          "start",
        ]);
        started = true;
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, folder, stop };
      } catch (error) {
        if (attempt >= 3) throw new Error(`pg_ctl start failed: ${describe(error)}\n${serverLog(folder)}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * A new, empty database in the server, so that test files running in parallel never see each
 * other's rows. Returns its URL. The database goes away with the server's folder.
 */
export async function createTestDatabase(serverUrl: string, label: string): Promise<string> {
  const name = `${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 40)}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      `The tests run as root, and initdb refuses root, but there is no postgres user to run it as. ${postgresInstallHint}`,
    );
  }
}

/** A port nothing listens on right now, on 127.0.0.1. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Servers whose vitest died without its teardown (SIGKILL, a closed terminal) keep running; the
 * next run stops them and removes their folders, so crashes do not pile up servers.
 */
function stopAbandonedServers(pgCtl: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(folderPrefix)) continue;
    const folder = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(folder, "owner.pid"), "utf8"));
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    try {
      const asRoot = userInfo().uid === 0;
      const args = ["-D", join(folder, "data"), "-m", "immediate", "-w", "stop"];
      execFileSync(asRoot ? "runuser" : pgCtl, asRoot ? ["-u", "postgres", "--", pgCtl, ...args] : args, {
        stdio: "ignore",
      });
    } catch {
      // It was not running any more.
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function serverLog(folder: string): string {
  try {
    return readFileSync(join(folder, "server.log"), "utf8").slice(-2000);
  } catch {
    return "(no server log)";
  }
}

function describe(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  if (typeof stderr === "string" && stderr.trim()) return stderr.trim();
  return error instanceof Error ? error.message : String(error);
}
