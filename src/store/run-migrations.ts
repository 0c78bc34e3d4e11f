import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { initialMigration } from "./migrations/0001-initial.ts";
import { userPlacesMigration } from "./migrations/0002-user-places.ts";
import { mergeReasonsMigration } from "./migrations/0003-merge-reasons.ts";
import { reviewMigration } from "./migrations/0004-review.ts";
import { eventPlaceIndexMigration } from "./migrations/0005-event-place-index.ts";
import { ingestTurnsMigration } from "./migrations/0006-ingest-turns.ts";
import { mergeCandidateIndexesMigration } from "./migrations/0007-merge-candidate-indexes.ts";
import { indexedReadsMigration } from "./migrations/0008-indexed-reads.ts";
import { failedTurnsMigration } from "./migrations/0009-failed-turns.ts";
import { eventSummaryIndexesMigration } from "./migrations/0010-event-summary-indexes.ts";
import { syndicationBandRootsMigration } from "./migrations/0011-syndication-band-roots.ts";
import { articleFramingsMigration } from "./migrations/0012-article-framings.ts";
import { articleBandsByArticleMigration } from "./migrations/0013-article-bands-by-article.ts";
import { eventCountryMigration } from "./migrations/0014-event-country.ts";

/** Every migration, in order. Names sort in application order; never rename or edit a shipped one. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-initial": initialMigration,
  "0002-user-places": userPlacesMigration,
  "0003-merge-reasons": mergeReasonsMigration,
  "0004-review": reviewMigration,
  "0005-event-place-index": eventPlaceIndexMigration,
  "0006-ingest-turns": ingestTurnsMigration,
  "0007-merge-candidate-indexes": mergeCandidateIndexesMigration,
  "0008-indexed-reads": indexedReadsMigration,
  "0009-failed-turns": failedTurnsMigration,
  "0010-event-summary-indexes": eventSummaryIndexesMigration,
  "0011-syndication-band-roots": syndicationBandRootsMigration,
  "0012-article-framings": articleFramingsMigration,
  "0013-article-bands-by-article": articleBandsByArticleMigration,
  "0014-event-country": eventCountryMigration,
};

/** Migrations are bundled in code (no folder scan at run time), so they work from any install path. */
const provider: MigrationProvider = {
  async getMigrations() {
    return { ...MIGRATIONS };
  },
};

/** Bring the database to the latest schema version; throws if a migration fails. */
export async function runMigrations(db: Kysely<unknown>): Promise<void> {
  // Branches add migrations side by side (0004 and 0005 were written at once): a store that has 0005
  // still gets 0004 when it arrives, instead of being refused as out of order.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    // Two processes opening a new SQLite store at once both read "nothing applied" before either
    // writes; the second's transaction then fails on the first's rows and is rolled back whole. Run
    // again, it finds them applied. (PostgreSQL takes Kysely's lock and never gets here.)
    if (attempt < MIGRATION_ATTEMPTS && appliedMeanwhile(error)) continue;
    throw error instanceof Error ? error : new Error(String(error));
  }
}

const MIGRATION_ATTEMPTS = 3;

/** The error of a migration another process applied first: a duplicate row of Kysely's bookkeeping table, or a table it created. */
function appliedMeanwhile(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return (/kysely_migration/.test(message) && /UNIQUE|duplicate key/i.test(message)) || /already exists/i.test(message);
}
