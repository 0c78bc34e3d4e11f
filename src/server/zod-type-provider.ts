import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { FastifyBaseLogger, FastifyInstance, FastifySchemaCompiler, FastifyTypeProvider } from "fastify";
import { z } from "zod";
import { ApiError } from "./api-error.ts";

/**
 * Fastify with the contract's zod schemas as route schemas: a route's `request.query` and
 * `request.params` have the schemas' output types, and its handler must return what the response
 * schema accepts, so the server cannot drift from the contract without failing the build.
 */
export interface ZodTypeProvider extends FastifyTypeProvider {
  readonly validator: this["schema"] extends z.ZodType ? z.output<this["schema"]> : unknown;
  readonly serializer: this["schema"] extends z.ZodType ? z.input<this["schema"]> : unknown;
}

/** Requests are checked by the zod schemas; a failure is a 400 "bad-parameter" naming the field. */
const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema }) => (data) => {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.join(".") || "request";
  return { error: new ApiError(400, "bad-parameter", `${where}: ${issue?.message ?? "invalid"}`) };
};

/** Answers are typed at build time; at run time they are serialised as they are. */
const serializerCompiler = () => (data: unknown) => JSON.stringify(data);

/** A Fastify instance whose routes take the contract's zod schemas. */
export type ZodFastify = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

export function useZodSchemas(app: FastifyInstance): ZodFastify {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app.withTypeProvider<ZodTypeProvider>();
}
