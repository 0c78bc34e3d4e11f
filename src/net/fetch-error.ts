/** Why a fetch was refused or failed; `code` is machine-readable for reports and backoff. */
export type FetchErrorCode = "bad-url" | "bad-scheme" | "private-address" | "dns" | "timeout" | "too-large" | "too-many-redirects" | "http-status" | "network";

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly status: number | null;

  constructor(code: FetchErrorCode, message: string, status: number | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FetchError";
    this.code = code;
    this.status = status;
  }
}
