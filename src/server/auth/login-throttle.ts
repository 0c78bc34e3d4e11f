import type { StoreSession } from "../../store/store-session.ts";
import { clearLoginFailures, readLoginFailures, saveLoginFailures } from "../../store/review/login-failure-queries.ts";

/** Wrong passwords in a row an account name may get before it is locked. */
export const FREE_FAILURES = 5;
const FIRST_LOCK_MS = 30_000;
const LONGEST_LOCK_MS = 15 * 60_000;

/**
 * Online guessing, slowed per account name and stored (so every server process and a restart see
 * it): after 5 wrong passwords in a row the name is locked for 30 s, doubling with each further
 * failure up to 15 min. While locked even the right password is refused, so a guesser learns nothing.
 * Unknown names count too, and answer the same way, so locking does not tell which accounts exist.
 *
 *   failures 1–4: no wait   5: 30 s   6: 60 s   7: 120 s … 10+: 15 min
 */
export async function lockedFor(session: StoreSession, name: string, now: Date): Promise<number> {
  const row = await readLoginFailures(session, name);
  if (row?.locked_until == null) return 0;
  return Math.max(0, Date.parse(row.locked_until) - now.getTime());
}

export async function recordFailure(session: StoreSession, name: string, now: Date): Promise<void> {
  const failures = ((await readLoginFailures(session, name))?.failures ?? 0) + 1;
  const lock = failures < FREE_FAILURES ? 0 : Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES));
  await saveLoginFailures(session, { user_name: name, failures, last_failure_at: now.toISOString(), locked_until: lock === 0 ? null : new Date(now.getTime() + lock).toISOString() });
}

export async function recordSuccess(session: StoreSession, name: string): Promise<void> {
  await clearLoginFailures(session, name);
}
