import { existsSync, readFileSync } from 'node:fs';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import { userDataOverride } from '../../../electron/security';

/**
 * The installers cannot be built here (electron-builder would download Electron), so this reads
 * the packaging configuration that `npm run dist` uses: every target, and every fuse flipped.
 */
const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('packaging (electron-builder.json)', () => {
  it('is a configuration electron-builder itself accepts', async () => {
    const debug = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, debug as never)).resolves.toBeUndefined();
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux, with an app id and icons', () => {
    expect(config.appId).toBe('org.journeymapper.desktop');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    for (const platform of ['win', 'mac', 'linux']) expect(existsSync(config[platform].icon)).toBe(true);
    const png = readFileSync(config.icon);
    // electron-builder makes .ico and .icns from a PNG of at least 512 x 512.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(manifest.scripts.dist).toMatch(/^npm run build && electron-builder\b/);
  });

  it('associates .journey.json project files with the app', () => {
    expect(config.fileAssociations).toContainEqual(
      expect.objectContaining({ ext: 'journey.json', name: 'Journey Mapper project' }),
    );
  });

  it('flips every fuse: no running as Node, no NODE_OPTIONS or --inspect, asar only and checked, cookies encrypted', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app, never sources, tests or data', () => {
    expect(config.files).toEqual(['dist/**/*', 'dist-electron/**/*', 'package.json']);
  });
});

describe('JOURNEY_MAPPER_USER_DATA', () => {
  it('moves the store only in a development or test run, never in an installed app', () => {
    expect(userDataOverride({ JOURNEY_MAPPER_USER_DATA: '/tmp/profile' }, false)).toBe('/tmp/profile');
    expect(userDataOverride({ JOURNEY_MAPPER_USER_DATA: '/tmp/profile' }, true)).toBeNull();
    expect(userDataOverride({}, false)).toBeNull();
  });
});
