import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isRole } from "../../review/roles.ts";
import { UNUSABLE_HASH, verifyPassword } from "../../review/password-hash.ts";
import { findTokenUser } from "../../store/review/api-token-queries.ts";
import { deleteSession, findSessionUser, insertSession } from "../../store/review/session-queries.ts";
import { signingKey } from "../../store/review/signing-key-queries.ts";
import { findUser } from "../../store/review/user-queries.ts";
import type { Store } from "../../store/store.ts";
import { ApiError } from "../api-error.ts";
import { lockedFor, recordFailure, recordSuccess } from "./login-throttle.ts";
import type { Person } from "./person.ts";
import { newSecretToken, tokenDigest } from "./secret-token.ts";

export const SESSION_COOKIE = "rasd_session";
const SESSION_HOURS = 12;

export interface ReviewAuthOptions {
  readonly store: Store;
  /** "open" (default): anyone who reaches the server reads; "login": reading needs an account too. */
  readonly readAccess?: "open" | "login";
  /** Mark cookies Secure (serve behind HTTPS); plain http on 127.0.0.1 leaves it off. */
  readonly secureCookies?: boolean;
}

/** Routes anyone may call whatever the read setting: the page's login needs them. */
const ALWAYS_OPEN = new Set(["/api/session", "/api/login", "/api/logout", "/api/openapi.json"]);

/**
 * Who is asking, for every request, and the guards that follow from it:
 * - a session: a random id in a cookie signed with a stored key (HttpOnly, SameSite=Strict), kept
 *   in the store as its sha-256 for 12 hours; or an account's API token as `Authorization: Bearer`;
 * - CSRF: every POST/PUT/PATCH/DELETE sent with the session cookie (and every login) must carry the token of GET
 *   /api/session in `x-csrf-token` (@fastify/csrf-protection: a secret in a signed HttpOnly cookie,
 *   the token an HMAC of it). A bearer header is never sent by a browser on its own, so scripts
 *   with tokens need none. Refused: 403 `csrf`.
 * - with readAccess "login", reading the API needs an account too (401 otherwise).
 */
export async function registerReviewAuth(app: FastifyInstance, options: ReviewAuthOptions): Promise<void> {
  const db = options.store;
  const secret = await signingKey(db, "cookie", newSecretToken(), new Date().toISOString());
  const cookieOptions = { path: "/", httpOnly: true, sameSite: "strict" as const, secure: options.secureCookies ?? false, signed: true };
  await app.register(fastifyCookie, { secret });
  await app.register(fastifyCsrf, { sessionPlugin: "@fastify/cookie", cookieKey: "rasd_csrf", cookieOpts: cookieOptions });
  app.decorateRequest("person", null);

  app.addHook("onRequest", async (request) => {
    request.person = await personOf(request);
    const path = request.url.split("?")[0] ?? "";
    if (options.readAccess === "login" && path.startsWith("/api/") && !ALWAYS_OPEN.has(path) && request.person === null) {
      throw new ApiError(401, "login-required", "this server shows its data to logged-in accounts only: log in first");
    }
  });
  app.addHook("preValidation", (request, reply, done) => {
    const changes = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    if (!changes || /^Bearer\s/i.test(request.headers.authorization ?? "")) return done();
    // CSRF abuses the cookie a browser sends on its own; a write without the session cookie carries
    // no one's authority and is refused by its route (401). Login is checked too (login CSRF).
    if (request.cookies[SESSION_COOKIE] === undefined && (request.url.split("?")[0] ?? "") !== "/api/login") return done();
    app.csrfProtection(request, reply, done);
  });

  async function personOf(request: FastifyRequest): Promise<Person | null> {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "")?.[1];
    if (bearer !== undefined && bearer.startsWith("rasd_")) {
      const user = await findTokenUser(db, tokenDigest(bearer));
      if (user === null) throw new ApiError(401, "unauthorized", "unknown API token");
      return isRole(user.role) ? { name: user.name, role: user.role, via: "token" } : null;
    }
    const raw = request.cookies[SESSION_COOKIE];
    if (raw === undefined) return null;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || unsigned.value === null) return null;
    const user = await findSessionUser(db, tokenDigest(unsigned.value), new Date().toISOString());
    return user !== null && isRole(user.role) ? { name: user.name, role: user.role, via: "session" } : null;
  }

  const session = (request: FastifyRequest, reply: FastifyReply) => ({
    user: request.person === null ? null : { name: request.person.name, role: request.person.role },
    csrf_token: reply.generateCsrf(cookieOptions),
    read_access: options.readAccess ?? "open",
  });

  app.get("/api/session", async (request, reply) => session(request, reply));

  app.post("/api/login", async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const name = typeof body["name"] === "string" ? body["name"].trim() : "";
    const password = typeof body["password"] === "string" ? body["password"] : "";
    if (name === "" || name.length > 64 || password === "") throw new ApiError(400, "bad-request", 'the body needs "name" and "password"');
    const now = new Date();
    const wait = await lockedFor(db, name, now);
    if (wait > 0) {
      reply.header("retry-after", String(Math.ceil(wait / 1000)));
      throw new ApiError(429, "too-many-attempts", `too many wrong passwords for this account; try again in ${Math.ceil(wait / 1000)} s`);
    }
    const user = await findUser(db, name);
    const ok = await verifyPassword(password, user?.password_hash ?? UNUSABLE_HASH);
    if (!ok || user === null || !isRole(user.role)) {
      await recordFailure(db, name, now);
      throw new ApiError(401, "bad-login", "wrong name or password");
    }
    await recordSuccess(db, name);
    const id = newSecretToken();
    await insertSession(db, { id_hash: tokenDigest(id), user_name: user.name, created_at: now.toISOString(), expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString() });
    reply.setCookie(SESSION_COOKIE, id, { ...cookieOptions, maxAge: SESSION_HOURS * 3600 });
    request.person = { name: user.name, role: user.role, via: "session" };
    return session(request, reply);
  });

  app.post("/api/logout", async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw === undefined ? null : request.unsignCookie(raw);
    if (unsigned?.valid && unsigned.value !== null) await deleteSession(db, tokenDigest(unsigned.value));
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    request.person = null;
    return session(request, reply);
  });
}
