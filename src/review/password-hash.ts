import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are stored as scrypt hashes (RFC 7914) with a random salt and the cost written beside
 * them, so a later, stronger cost can verify the old hashes while new ones use it:
 *
 *   "scrypt$32768$8$1$<salt base64>$<hash base64>"
 *
 * N=2^15, r=8 costs about 32 MiB and a few tens of milliseconds per guess (OWASP's floor is 2^17
 * with r=8 p=1 for interactive logins; login throttling bounds online guessing on top).
 */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, N, R, P);
  return ["scrypt", N, R, P, salt.toString("base64"), hash.toString("base64")].join("$");
}

/** True when `password` is the one `stored` was made from; false for any other or a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await derive(password, Buffer.from(salt, "base64"), Number(n), Number(r), Number(p), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash no password matches, verified against when the account does not exist (same time either way). */
export const UNUSABLE_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString("base64")}$${Buffer.alloc(KEY_LENGTH).toString("base64")}`;

/** Checked where passwords are set: too short a password is refused with a reason. */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "a password needs at least 10 characters";
  if (password.length > 1024) return "a password has at most 1024 characters";
  return null;
}

function derive(password: string, salt: Buffer, n: number, r: number, p: number, length = KEY_LENGTH): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, length, { N: n, r, p, maxmem: 128 * n * r * 2 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
