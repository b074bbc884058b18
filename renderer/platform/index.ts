import type { DesktopBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Present only inside the desktop app, put there by electron/preload.ts. */
    journeyMapper?: DesktopBridge;
  }
}

export function createPlatform(): Platform {
  return window.journeyMapper ? createElectronPlatform(window.journeyMapper) : createBrowserPlatform();
}
