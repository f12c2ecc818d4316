// A side panel (passport, compare, overview, embed builder, site chooser): its heading, a close
// button, Escape to close the panel opened last, and focus back on what opened it.
import { useEffect, useRef, type ReactNode } from 'react';

/** Open panels, last opened last: Escape closes only the top one. */
const openPanels: symbol[] = [];

interface PanelProps {
  as?: 'section' | 'aside';
  className: string;
  titleId: string;
  title: ReactNode;
  closeLabel: string;
  onClose: () => void;
  /** Focus the heading again when this changes (another site in the same passport). */
  focusKey?: unknown;
  children: ReactNode;
}

export function Panel({ as: Tag = 'section', className, titleId, title, closeLabel, onClose, focusKey, children }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const me = Symbol('panel');
    openPanels.push(me);
    // What had focus when the panel opened (a list item, a toolbar button): it gets it back.
    const opener = document.activeElement;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || openPanels[openPanels.length - 1] !== me) return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openPanels.splice(openPanels.indexOf(me), 1);
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
  useEffect(() => heading.current?.focus(), [focusKey]);
  return (
    <Tag className={className} aria-labelledby={titleId}>
      <header>
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </Tag>
  );
}
