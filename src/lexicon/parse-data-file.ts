import type { z } from "zod";

/**
 * Parse one data file's JSON and check it against its schema. Errors name the kind of file, its path
 * and the path of the first bad entries, so a typo stops start-up with where it is:
 *
 *   lexicon …/calendar.json: does not match its schema: months.يناير: Too big
 */
export function parseDataFile<S extends z.ZodType>(kind: string, path: string, text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${kind} ${path}: invalid JSON (${(err as Error).message})`, { cause: err });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((iss) => `${iss.path.length > 0 ? iss.path.join(".") : "(root)"}: ${iss.message}`)
      .join("; ");
    throw new Error(`${kind} ${path}: does not match its schema: ${issues}`);
  }
  return result.data;
}
