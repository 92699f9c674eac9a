import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls in on a phone. It is a named region that the keyboard can reach, so that
 * someone who cannot swipe or use a mouse can still scroll it with the arrow keys.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrolling region must take the focus to be scrolled by keyboard (WCAG 2.1.1).
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
