import { useEffect, useState } from 'react';

export type PersistenceState = 'checking' | 'persistent' | 'may be cleared' | 'unsupported';

/**
 * Asks the browser not to evict the store under storage pressure. Without it a browser may
 * silently clear an analyst's work, so the state is shown to the user rather than assumed.
 */
export function useStoragePersistence(): PersistenceState {
  const [state, setState] = useState<PersistenceState>('checking');
  useEffect(() => {
    let cancelled = false;
    const storage = navigator.storage as StorageManager | undefined;
    if (storage?.persist === undefined) {
      setState('unsupported');
      return;
    }
    (async () => {
      const already = await storage.persisted();
      const granted = already || (await storage.persist());
      if (!cancelled) setState(granted ? 'persistent' : 'may be cleared');
    })().catch(() => {
      if (!cancelled) setState('unsupported');
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
