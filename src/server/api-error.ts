/**
 * An error the API answers with a status and a JSON body {error:{code,message}}. Thrown by route
 * handlers; the app's error handler turns it (and Fastify's own errors) into that shape, never a stack.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

/** The body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}
