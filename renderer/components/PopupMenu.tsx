import { autoUpdate, flip, offset, shift, size, useFloating } from '@floating-ui/react-dom';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface PopupMenuProps {
  label: ReactNode;
  /** The button's name for assistive technology, where its label is only a symbol. */
  ariaLabel?: string;
  disabled?: boolean;
  className?: string;
  /** The items; `close` closes the menu, for an item that acts. */
  children: (close: () => void) => ReactNode;
}

/** Room kept between a menu and the window's edge. */
const EDGE_PX = 8;

/**
 * A menu under a button that always opens inside the window: it opens below and to the left of
 * its button's right edge, and is moved or flipped (and at worst scrolls) wherever that would
 * leave the window. Escape, a click elsewhere or choosing an item closes it.
 */
export function PopupMenu({ label, ariaLabel, disabled = false, className, children }: PopupMenuProps) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const { refs, floatingStyles } = useFloating({
    open,
    placement: 'bottom-end',
    strategy: 'fixed',
    middleware: [
      offset(4),
      flip({ padding: EDGE_PX }),
      shift({ padding: EDGE_PX }),
      size({
        padding: EDGE_PX,
        apply: ({ availableHeight, elements }) =>
          elements.floating.style.setProperty('max-height', `${Math.max(availableHeight, 120)}px`),
      }),
    ],
    whileElementsMounted: autoUpdate,
  });

  useEffect(() => {
    if (!open) return;
    // Captured before the journey's own Escape, which would otherwise close the side panel too.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      details.current?.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [open]);

  return (
    <details
      ref={details}
      className={`popup-menu${className ? ` ${className}` : ''}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary
        ref={refs.setReference}
        className="button"
        aria-label={ariaLabel}
        aria-disabled={disabled}
        aria-haspopup="menu"
      >
        {label}
      </summary>
      {open && (
        <div ref={refs.setFloating} style={floatingStyles} className="menu-items" role="menu">
          {children(() => setOpen(false))}
        </div>
      )}
    </details>
  );
}
