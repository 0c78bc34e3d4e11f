import type { FastifyInstance } from "fastify";
import { RasdError } from "../errors/rasd-error.ts";

/**
 * `app.listen`, with the two failures a user can fix said in one line instead of Node's stack: the
 * port is taken, or not allowed (below 1024 without privileges). Returns the address listened on.
 *
 *   rasd: 127.0.0.1:8080: the port is already in use; choose another with --port N (or PORT=N)
 */
export async function listenApp(app: FastifyInstance, port: number, host: string): Promise<string> {
  try {
    return await app.listen({ port, host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = { file: `${host}:${port}` };
    if (code === "EADDRINUSE") throw new RasdError("cannot-listen", "the port is already in use; choose another with --port N (or PORT=N)", where, { cause: error });
    if (code === "EACCES") throw new RasdError("cannot-listen", "not allowed to listen on this port; choose one above 1023 with --port N (or PORT=N)", where, { cause: error });
    if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new RasdError("cannot-listen", "no such address on this machine; check --host", where, { cause: error });
    throw error;
  }
}
