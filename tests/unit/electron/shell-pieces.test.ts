import { tmpdir } from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppFile, serveAppRequest } from '../../../electron/app-protocol';
import { buildMenuTemplate } from '../../../electron/menu';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import {
  DEFAULT_WINDOW_STATE,
  onVisibleDisplay,
  readWindowState,
  writeWindowState,
} from '../../../electron/window-state';

describe('app:// protocol', () => {
  const dist = path.resolve('/opt/app/dist');
  it('serves files inside dist', () => {
    expect(resolveAppFile(dist, 'app://journey-mapper/')).toBe(path.join(dist, 'index.html'));
    expect(resolveAppFile(dist, 'app://journey-mapper/assets/index-abc.js')).toBe(
      path.join(dist, 'assets/index-abc.js'),
    );
  });
  it.each([
    'app://journey-mapper/../secret.txt',
    'app://journey-mapper/%2e%2e/%2e%2e/etc/passwd',
    'app://journey-mapper/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://journey-mapper/..%5c..%5cwindows',
    'app://journey-mapper/%00index.html',
  ])('never resolves %s outside dist', (url) => {
    const resolved = resolveAppFile(dist, url);
    expect(resolved === null || resolved.startsWith(dist + path.sep)).toBe(true);
  });
  it.each([
    'app://journey-mapper/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://journey-mapper/..%5c..%5cwindows',
    'app://other-host/index.html',
    'app://journey-mapper/%E0%A4%A',
    'not a url',
  ])('refuses %s outright', (url) => {
    expect(resolveAppFile(dist, url)).toBeNull();
  });
  it('answers with the CSP header, and 404 for what does not exist', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dist-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const ok = await serveAppRequest(dir, new Request('app://journey-mapper/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('Content-Type')).toMatch(/text\/html/);
    expect((await serveAppRequest(dir, new Request('app://journey-mapper/missing.js'))).status).toBe(404);
  });
  it('uses the same CSP in the page as in the headers, with no remote origin', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    for (const directive of CONTENT_SECURITY_POLICY.split('; ').filter(
      (d) => !d.startsWith('frame-ancestors'),
    ))
      expect(html).toContain(directive);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('window state', () => {
  it('falls back to the default for a missing or corrupt file and round-trips a valid one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'state-'));
    expect(await readWindowState(path.join(dir, 'none.json'))).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(path.join(dir, 'bad.json'), '{"width": "huge"');
    expect(await readWindowState(path.join(dir, 'bad.json'))).toEqual(DEFAULT_WINDOW_STATE);
    const state = { x: 40, y: 30, width: 1200, height: 800, maximised: true };
    await writeWindowState(path.join(dir, 'ok.json'), state);
    expect(await readWindowState(path.join(dir, 'ok.json'))).toEqual(state);
  });
  it('forgets a position that is on no display', () => {
    const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(
      onVisibleDisplay({ x: 5000, y: 10, width: 1200, height: 800, maximised: false }, displays),
    ).toEqual({ width: 1200, height: 800, maximised: false });
    expect(onVisibleDisplay({ x: 100, y: 10, width: 1200, height: 800, maximised: false }, displays).x).toBe(
      100,
    );
  });
});

describe('native menu', () => {
  it('has File, Edit and View, and Undo/Redo send commands to the app', () => {
    const send = vi.fn();
    const template = buildMenuTemplate(send, { isPackaged: true, isMac: false });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    const edit = template[1].submenu as Array<{
      label?: string;
      accelerator?: string;
      click?: () => void;
      role?: string;
    }>;
    const undo = edit.find((i) => i.label === 'Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    undo?.click?.();
    edit.filter((i) => i.label === 'Redo').forEach((i) => i.click?.());
    expect(send.mock.calls).toEqual([['undo'], ['redo'], ['redo']]);
    const view = template[2].submenu as Array<{ role?: string }>;
    expect(view.map((i) => i.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});
