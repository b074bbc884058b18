import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { isTextEntry } from '../components/text-entry';
import { useAppServices } from '../store/app-services';

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo journey edits, except inside a text box, where they keep
 * their usual meaning. In Electron the same keys arrive as menu commands instead.
 */
export function useUndoShortcuts(onMenuCommand: (command: MenuCommand) => void): void {
  const { history, platform } = useAppServices();
  useEffect(() => {
    const unsubscribe = platform.onMenuCommand((command) => {
      if ((command === 'undo' || command === 'redo') && isTextEntry(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      if (command === 'undo') void history.undo();
      else if (command === 'redo') void history.redo();
      else onMenuCommand(command);
    });
    if (platform.kind === 'electron') return unsubscribe;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void history.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void history.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [history, platform, onMenuCommand]);
}
