import { JourneyDatabase } from './journey-database';

/**
 * A worker's own connection to the window's store, opened by its database name (a Dexie
 * connection cannot cross to a worker), used for one piece of work and closed after it.
 */
export async function withStore<T>(
  databaseName: string,
  work: (db: JourneyDatabase) => Promise<T>,
): Promise<T> {
  const db = new JourneyDatabase(databaseName);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * A connection a long-lived worker keeps open between requests: asked for another store (the
 * training sandbox instead of the real one), it closes the one it had and opens that.
 */
export function keptConnection(): (databaseName: string) => JourneyDatabase {
  let kept: JourneyDatabase | null = null;
  return (databaseName) => {
    if (kept?.name !== databaseName) {
      kept?.close();
      kept = new JourneyDatabase(databaseName);
    }
    return kept;
  };
}

/** The name a worker opens its own connection to this store by. */
export function databaseNameOf(db: JourneyDatabase): string {
  return db.name;
}
