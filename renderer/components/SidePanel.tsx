import { useId, type KeyboardEvent, type ReactNode, type Ref } from 'react';

interface SidePanelProps {
  /** The panel's heading, which also names it for a screen reader. */
  title: ReactNode;
  /** What the close button is called for a screen reader, e.g. "Close contact". */
  closeLabel: string;
  onClose: () => void;
  /** More classes beside side-panel-section, for a panel's own layout. */
  className?: string;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}

/**
 * A panel beside the timeline or the case list: a heading, a close button, and Escape to close
 * from anywhere inside it. A menu or dialog open inside takes its own Escape first.
 */
export function SidePanel({ title, closeLabel, onClose, className, ref, children }: SidePanelProps) {
  const headingId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (document.querySelector('dialog[open]') !== null) return;
    // Handled here, so the journey's own Escape does not close a second time.
    event.preventDefault();
    onClose();
  };
  return (
    <section
      ref={ref}
      className={className === undefined ? 'side-panel-section' : `side-panel-section ${className}`}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="panel-heading">
        <h2 id={headingId}>{title}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </div>
      {children}
    </section>
  );
}
