import { useCallback, useSyncExternalStore } from 'react';

/** Where the user is: the case list, or one case's journey. Kept in the URL hash so reload returns there. */
export type Route =
  | { screen: 'cases' }
  | { screen: 'unit-costs' }
  | { screen: 'scenarios' }
  | { screen: 'backups' }
  | { screen: 'cohort' }
  | { screen: 'journey'; caseId: string }
  | { screen: 'review'; caseId: string }
  | { screen: 'import'; caseId: string | null };

export function parseRoute(hash: string): Route {
  if (hash === '#/unit-costs') return { screen: 'unit-costs' };
  if (hash === '#/scenarios') return { screen: 'scenarios' };
  if (hash === '#/backups') return { screen: 'backups' };
  if (hash === '#/cohort') return { screen: 'cohort' };
  const importing = /^#\/import(?:\/([^/?#]+))?$/.exec(hash);
  if (importing)
    return { screen: 'import', caseId: importing[1] === undefined ? null : decodeURIComponent(importing[1]) };
  const review = /^#\/review\/([^/?#]+)$/.exec(hash);
  if (review) return { screen: 'review', caseId: decodeURIComponent(review[1]) };
  const match = /^#\/case\/([^/?#]+)$/.exec(hash);
  return match ? { screen: 'journey', caseId: decodeURIComponent(match[1]) } : { screen: 'cases' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'journey') return `#/case/${encodeURIComponent(route.caseId)}`;
  if (route.screen === 'review') return `#/review/${encodeURIComponent(route.caseId)}`;
  if (route.screen === 'import')
    return route.caseId === null ? '#/import' : `#/import/${encodeURIComponent(route.caseId)}`;
  if (
    route.screen === 'unit-costs' ||
    route.screen === 'scenarios' ||
    route.screen === 'backups' ||
    route.screen === 'cohort'
  )
    return `#/${route.screen}`;
  return '#/';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
