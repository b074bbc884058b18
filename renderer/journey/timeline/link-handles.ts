import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

/**
 * Which cards draw their link handles (the dots you drag from one card to another to link them).
 * A handle is a React Flow component that follows React Flow's store, so two per card on every
 * card in view cost work on every frame of a zoom. A card draws them only when they can be used:
 * while the pointer is over it, while it is selected, and on every card while a link is being
 * drawn (the card it is dropped on needs its handle).
 */
export class LinkHandles {
  private hoveredId: string | null = null;
  private linking = false;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  shownOn(cardId: string): boolean {
    return this.linking || this.hoveredId === cardId;
  }

  hover(cardId: string | null): void {
    if (this.hoveredId === cardId) return;
    this.hoveredId = cardId;
    this.notify();
  }

  setLinking(linking: boolean): void {
    if (this.linking === linking) return;
    this.linking = linking;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export const LinkHandlesContext = createContext<LinkHandles | null>(null);

/** Whether this card draws its link handles now. */
export function useLinkHandlesShown(cardId: string, selected: boolean): boolean {
  const handles = useContext(LinkHandlesContext);
  const subscribe = useCallback(
    (listener: () => void) => handles?.subscribe(listener) ?? (() => undefined),
    [handles],
  );
  const hovered = useSyncExternalStore(subscribe, () => handles?.shownOn(cardId) ?? true);
  return selected || hovered;
}
