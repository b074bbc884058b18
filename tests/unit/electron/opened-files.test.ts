import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS } from '../../../shared/ipc/contract';
import { createIpcHandlers, type IpcDependencies } from '../../../electron/ipc-handlers';
import { buildMenuTemplate } from '../../../electron/menu';
import { OpenedFileQueue, isProjectFileName, projectFilesInArguments } from '../../../electron/opened-files';

const fromApp = { senderFrame: { url: 'app://journey-mapper/index.html' } };

describe('project files the operating system asks the app to open', () => {
  it('takes project files from a command line, never the executable, switches or other files', () => {
    expect(
      projectFilesInArguments([
        'C:\\Program Files\\Journey Mapper\\Journey Mapper.exe',
        '--allow-file-access-from-files',
        'D:\\Reviews\\Matthew.journey.json',
        'notes.txt',
        '/home/analyst/W.JOURNEY.JSON.encrypted',
        '.',
      ]),
    ).toEqual(['D:\\Reviews\\Matthew.journey.json', '/home/analyst/W.JOURNEY.JSON.encrypted']);
    expect(projectFilesInArguments(['/opt/Journey Mapper/journey-mapper.journey.json'])).toEqual([]);
  });

  it('knows a project file by its whole extension', () => {
    expect(isProjectFileName('/Users/a/Matthew.journey.json')).toBe(true);
    expect(isProjectFileName('/Users/a/Matthew.journey.json.encrypted')).toBe(true);
    expect(isProjectFileName('/Users/a/Matthew.json')).toBe(false);
    expect(isProjectFileName('/Users/a/Matthew.journey.json.exe')).toBe(false);
  });

  it('hands each waiting file out once, in the order asked, without repeats', () => {
    const queue = new OpenedFileQueue();
    queue.add(['/a.journey.json', '/b.journey.json']);
    queue.add(['/a.journey.json', '/c.journey.json']);
    expect(queue.take()).toEqual(['/a.journey.json', '/b.journey.json', '/c.journey.json']);
    expect(queue.take()).toEqual([]);
  });
});

describe('the take-opened-files channel', () => {
  function handlersWith(paths: string[], sizes: Record<string, number>, unreadable: string[] = []) {
    const queue = new OpenedFileQueue();
    queue.add(paths);
    const deps = {
      baseName: (p: string) => p.split('/').pop() ?? p,
      fileSize: vi.fn(async (p: string) => {
        if (unreadable.includes(p)) throw new Error('ENOENT: no such file or directory');
        return sizes[p] ?? 0;
      }),
      readFile: vi.fn(async (p: string) => new TextEncoder().encode(p)),
      takeOpenedPaths: () => queue.take(),
    } as unknown as IpcDependencies;
    return { deps, handlers: createIpcHandlers(deps) };
  }

  it('is a channel main registers and the menu can ask for', () => {
    expect(INVOKE_CHANNELS).toContain(IPC_CHANNELS.takeOpenedFiles);
    expect(MENU_COMMANDS).toContain('open-project-files');
    const send = vi.fn();
    const file = buildMenuTemplate(send, { isPackaged: true, isMac: false })[0];
    const open = (file.submenu as Array<{ label?: string; accelerator?: string; click?: () => void }>).find(
      (entry) => entry.label === 'Open project file…',
    );
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    open?.click?.();
    expect(send).toHaveBeenCalledWith('open-project-file');
  });

  it('hands over the bytes of each waiting file once, and names each it could not read', async () => {
    const { deps, handlers } = handlersWith(
      ['/r/Matthew.journey.json', '/r/huge.journey.json', '/r/gone.journey.json'],
      { '/r/huge.journey.json': 300 * 1048576 },
      ['/r/gone.journey.json'],
    );
    const first = (await handlers[IPC_CHANNELS.takeOpenedFiles](fromApp, undefined)) as {
      files: Array<{ name: string; bytes: Uint8Array }>;
      problems: string[];
    };
    expect(first.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['Matthew.journey.json', '/r/Matthew.journey.json'],
    ]);
    expect(first.problems).toEqual([
      'huge.journey.json is 300 MB; files over 200 MB cannot be opened',
      'gone.journey.json could not be read: ENOENT: no such file or directory',
    ]);
    expect(deps.readFile).toHaveBeenCalledTimes(1);
    await expect(handlers[IPC_CHANNELS.takeOpenedFiles](fromApp, undefined)).resolves.toEqual({
      files: [],
      problems: [],
    });
  });

  it('refuses a page that is not the app, and hands it nothing', async () => {
    const { deps, handlers } = handlersWith(['/r/Matthew.journey.json'], {});
    await expect(
      handlers[IPC_CHANNELS.takeOpenedFiles]({ senderFrame: { url: 'https://example.com/' } }, undefined),
    ).rejects.toThrow('outside the app');
    expect(deps.readFile).not.toHaveBeenCalled();
  });
});
