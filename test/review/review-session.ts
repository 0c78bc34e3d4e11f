import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/** A browser stand-in for inject(): keeps the cookies the server sets and the CSRF token it hands out. */
export class ReviewSession {
  readonly #app: FastifyInstance;
  readonly #cookies = new Map<string, string>();
  csrf = "";

  constructor(app: FastifyInstance) {
    this.#app = app;
  }

  async start(): Promise<this> {
    const res = await this.get("/api/session");
    this.csrf = (res.json() as { csrf_token: string }).csrf_token;
    return this;
  }

  async login(name: string, password: string): Promise<LightMyRequestResponse> {
    if (this.csrf === "") await this.start();
    const res = await this.post("/api/login", { name, password });
    if (res.statusCode === 200) this.csrf = (res.json() as { csrf_token: string }).csrf_token;
    return res;
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.#send("GET", url);
  }

  post(url: string, body: unknown, options: { csrf?: string | null } = {}): Promise<LightMyRequestResponse> {
    return this.#send("POST", url, body, options.csrf === undefined ? this.csrf : options.csrf);
  }

  async #send(method: "GET" | "POST", url: string, body?: unknown, csrf?: string | null): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.#cookies.size > 0) headers["cookie"] = [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (csrf) headers["x-csrf-token"] = csrf;
    const res = await this.#app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === "" || (c.expires !== undefined && c.expires.getTime() < Date.now())) this.#cookies.delete(c.name);
      else this.#cookies.set(c.name, c.value);
    }
    return res;
  }
}
