import { useEffect } from 'react';
import { useAppServices } from '../store/app-services';
import { backUpIfDue } from './rolling-backups';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Makes the day's backup once the store is open, and again after midnight if the app stays open. */
export function useDailyBackup(ready: boolean, onFailure: (message: string) => void): void {
  const { db, platform } = useAppServices();
  useEffect(() => {
    if (!ready) return undefined;
    const check = () =>
      backUpIfDue(db, platform.backups).catch((error: unknown) =>
        onFailure(`The daily backup failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    void check();
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [ready, db, platform, onFailure]);
}
