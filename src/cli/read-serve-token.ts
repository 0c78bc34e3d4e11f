import { RasdError } from "../errors/rasd-error.ts";
import { readRegularFile } from "../io/open-regular-file.ts";

/** Where `rasd serve` finds the ingest token, first found wins. */
export interface TokenSources {
  readonly flag: string | undefined;
  readonly file: string | undefined;
  readonly env: string | undefined;
}

/**
 * The ingest token of `rasd serve`: --token, else --token-file (its first line), else $RASD_TOKEN;
 * null when none (read-only server). A flag is visible to every user in `ps`; the file and the
 * environment variable are not. At least 8 characters.
 */
export async function readServeToken(sources: TokenSources): Promise<string | null> {
  let token: string | null = null;
  let from = "--token";
  if (sources.flag !== undefined) token = sources.flag;
  else if (sources.file !== undefined) {
    from = "--token-file";
    const bytes = await readRegularFile(sources.file, 4096).catch((error: unknown) => {
      throw new RasdError("usage", `serve: cannot read --token-file (${error instanceof RasdError ? error.detail : String(error)})`);
    });
    token = new TextDecoder().decode(bytes).split(/\r?\n/)[0]!.trim();
  } else if (sources.env !== undefined && sources.env !== "") {
    from = "RASD_TOKEN";
    token = sources.env;
  }
  if (token !== null && token.length < 8) throw new RasdError("usage", `serve: the token (${from}) must be at least 8 characters`);
  return token;
}
