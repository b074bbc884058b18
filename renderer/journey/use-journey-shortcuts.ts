import { useEffect, useRef } from 'react';
import { isTextEntry } from '../components/text-entry';

export type JourneyShortcut =
  'new-contact' | 'fit' | 'zoom-in' | 'zoom-out' | 'pan-left' | 'pan-right' | 'pan-up' | 'pan-down' | 'close';

const KEYS: Readonly<Record<string, JourneyShortcut>> = {
  n: 'new-contact',
  N: 'new-contact',
  f: 'fit',
  F: 'fit',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  ArrowLeft: 'pan-left',
  ArrowRight: 'pan-right',
  ArrowUp: 'pan-up',
  ArrowDown: 'pan-down',
};

/**
 * The journey's keys, wherever focus is: N, F, + / - and the arrows (with or without Shift) act
 * whenever focus is not in a text box (where they type), and Escape closes the side panel from
 * anywhere, text boxes included. On the timeline itself the plain arrows move between contacts
 * and are taken there first (use-timeline-keyboard), so Shift+arrows pan there. A modal dialog or an open menu takes its own keys first (a menu marks the Escape it
 * used), so Escape closes only the innermost thing open.
 */
export function useJourneyShortcuts(onShortcut: (shortcut: JourneyShortcut) => void): void {
  const latest = useRef(onShortcut);
  useEffect(() => {
    latest.current = onShortcut;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.querySelector('dialog[open]') !== null) return;
      if (event.key === 'Escape') {
        latest.current('close');
        return;
      }
      const shortcut = isTextEntry(event.target) ? undefined : KEYS[event.key];
      if (shortcut === undefined) return;
      event.preventDefault();
      latest.current(shortcut);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
