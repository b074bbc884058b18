import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';

/**
 * The native menu. Undo and Redo go to the app, which decides: inside a text box they edit
 * the text, elsewhere they undo journey edits.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  options: { isPackaged: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Fit journey', accelerator: 'F', registerAccelerator: false, click: () => send('fit-journey') },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New case', accelerator: 'CmdOrCtrl+N', click: () => send('new-case') },
        { label: 'Open project file…', accelerator: 'CmdOrCtrl+O', click: () => send('open-project-file') },
        { label: 'Print journey to PDF…', accelerator: 'CmdOrCtrl+P', click: () => send('print') },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
        {
          label: 'Redo',
          accelerator: 'CmdOrCtrl+Y',
          visible: false,
          acceleratorWorksWhenHidden: true,
          click: () => send('redo'),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
  ];
}
