import type { Session, WebContents } from 'electron';

/** The app is served from its own privileged scheme; nothing else may load in its window. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-mapper';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * No remote origin anywhere. style-src needs 'unsafe-inline' only because React Flow positions
 * every node with an inline style attribute; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types default',
].join('; ');

/**
 * The user-data folder the tests point the app at, honoured only in a development or test run
 * (electron . from a checkout): in an installed app an environment variable set by anyone who
 * can start it must not move the case store and backups somewhere else.
 */
export function userDataOverride(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | null {
  return !isPackaged && env.JOURNEY_MAPPER_USER_DATA ? env.JOURNEY_MAPPER_USER_DATA : null;
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Requests the app's own pages may make: its files, and in-memory blobs and data URLs it creates. */
export function isAllowedRequest(url: string): boolean {
  return (
    isAppUrl(url) || url.startsWith('blob:app://') || url.startsWith('data:') || url.startsWith('devtools://')
  );
}

/** The window never leaves the app: no navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No permission (camera, notifications, geolocation...) is ever granted, and no request leaves the machine. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
