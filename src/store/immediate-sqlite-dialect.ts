import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from "kysely";

/**
 * Kysely's SQLite dialect with every transaction begun `BEGIN IMMEDIATE`: the write lock is taken
 * at the start, waiting (busy_timeout) for another writer to finish. Kysely's plain `BEGIN` is
 * deferred: a transaction that reads then writes asks for the lock in mid-flight, and when another
 * process wrote in between, SQLite answers SQLITE_BUSY at once, without waiting — two concurrent
 * ingests lost most of their articles that way. Used for writable stores (open-store.ts).
 */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}
