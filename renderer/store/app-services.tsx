import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ChangeSet } from '../../shared/editing/change-set';
import type { Platform } from '../platform/platform';
import { applyChangeSet } from './apply-change-set';
import { JourneyDatabase } from './journey-database';
import { UndoHistory, type UndoState } from './undo-history';

/** What every screen needs: the local store, the undo history over it, and the OS. */
export interface AppServices {
  db: JourneyDatabase;
  history: UndoHistory;
  platform: Platform;
  /** The store's database name, which a worker opens its own connection by. */
  databaseName: string;
}

export function createAppServices(
  platform: Platform,
  db: JourneyDatabase = new JourneyDatabase(),
): AppServices {
  return {
    db,
    platform,
    databaseName: db.name,
    history: new UndoHistory((changeSet) => applyChangeSet(db, changeSet)),
  };
}

const AppServicesContext = createContext<AppServices | null>(null);

export function AppServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>;
}

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (services === null) throw new Error('useAppServices must be used inside AppServicesProvider');
  return services;
}

/** Performs an undoable edit; every screen edits through this, never by writing tables itself. */
export function usePerform(): (changeSet: ChangeSet) => Promise<void> {
  const { history } = useAppServices();
  return useCallback((changeSet: ChangeSet) => history.perform(changeSet), [history]);
}

export function useUndoState(): UndoState {
  const { history } = useAppServices();
  return useSyncExternalStore(history.subscribe, history.getState);
}
