import type { JourneyDatabase } from './journey-database';

export interface OpeningStore {
  opened: Promise<void>;
  /** Stops listening for another window's upgrade. */
  stopWatching: () => void;
}

/**
 * Opens the store. If another window upgrades the database meanwhile, this window closes its
 * connection at once and says so, keeping nothing half-open.
 */
export function openStore(db: JourneyDatabase, onClosedByAnotherWindow: () => void): OpeningStore {
  const onVersionChange = () => {
    db.close();
    onClosedByAnotherWindow();
  };
  db.on('versionchange', onVersionChange);
  return {
    opened: db.open().then(() => undefined),
    stopWatching: () => db.on('versionchange').unsubscribe(onVersionChange),
  };
}
