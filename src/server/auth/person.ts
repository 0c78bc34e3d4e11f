import type { Role } from "../../review/roles.ts";
import { roleAllows } from "../../review/roles.ts";
import { ApiError } from "../api-error.ts";

/** Who sent a request: an account, and how it proved it (session cookie or API token). */
export interface Person {
  readonly name: string;
  readonly role: Role;
  readonly via: "session" | "token";
}

declare module "fastify" {
  interface FastifyRequest {
    /** Set by review-auth.ts for every request: the logged-in account, or null. */
    person: Person | null;
  }
}

/** The request's person when their role allows `needed`; 401 when nobody is logged in, 403 when the role is too low. */
export function requireRole(person: Person | null, needed: Role): Person {
  if (person === null) throw new ApiError(401, "login-required", "log in (POST /api/login) or send an account's API token");
  if (!roleAllows(person.role, needed)) throw new ApiError(403, "forbidden", `this needs the ${needed} role; ${person.name} is a ${person.role}`);
  return person;
}
