/** What a thumb would trip on in a page as it is now, found in one pass inside the page. */
export interface ScreenFindings {
  /** How much wider than the screen the page is (0 when it fits). */
  overflow: number;
  /** Controls smaller than the target size the rule below sets for them, one line each. */
  smallTargets: string[];
  /** Controls whose centre, once scrolled into view, another element covers: a tap there misses them. */
  covered: string[];
}

/**
 * Checks, in the page, every control a finger may tap in `<main>`: its size and that nothing covers it.
 * Passed as is to `page.evaluate`, so it uses nothing from outside its own body.
 *
 * The size rule, after WCAG 2.2:
 * - buttons, form fields (text, select, text area, file) and disclosure summaries are the controls the issue
 *   names "tap targets": at least 44 × 44 CSS px, as success criterion 2.5.5 (AAA) asks;
 * - a check box or radio button is tapped through its label: the label's box is the target, at least 44 px
 *   high (the box alone, without a label, at least 44 × 44);
 * - a link standing on its own (in a menu, a list, a table cell) is at least 24 × 24 CSS px, or, when
 *   smaller, a 24 px circle around its centre touches no other control: the AA minimum of criterion 2.5.8
 *   with its spacing exception. A link inside a sentence is exempt (the inline exception of 2.5.5 and 2.5.8);
 * - a control inside an element marked `data-equivalent-control` is exempt from the size rule, as 2.5.8 allows
 *   when a full-size control on the page does the same (that attribute names it).
 * Elements of 1 px or less are visually hidden (kept for screen readers, never tapped) and are skipped, as are
 * transparent controls the pointer goes through, which stand behind a visible one.
 */
export function inspectScreen(): ScreenFindings {
  const PRIMARY_SIZE = 44;
  const LINK_SIZE = 24;
  const describe = (element: Element, rect: DOMRect): string => {
    const name =
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    const label = name.replace(/\s+/g, ' ').trim().slice(0, 40);
    const id = element.id ? `#${element.id}` : '';
    return `${element.tagName.toLowerCase()}${id} « ${label} » ${Math.round(rect.width)}×${Math.round(rect.height)}`;
  };
  // A control drawn transparent and out of reach of the pointer stands behind a visible one (a date field's
  // native calendar under its button): the visible one is what is tapped, and is checked.
  const isShown = (element: HTMLElement, rect: DOMRect): boolean => {
    const style = getComputedStyle(element);
    const behindAnother = style.opacity === '0' && style.pointerEvents === 'none';
    // `checkVisibility` also sees the content of a closed disclosure, laid out but not drawn.
    return (
      rect.width > 1 &&
      rect.height > 1 &&
      element.checkVisibility({ visibilityProperty: true }) &&
      !behindAnother
    );
  };
  /** A link inside a sentence: inline, with more text around it in the block that holds it. */
  const isInline = (element: HTMLElement): boolean => {
    if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    const own = element.textContent?.trim().length ?? 0;
    return (block?.textContent?.trim().length ?? 0) > own;
  };
  /**
   * Where a finger aims: the middle of the element, or of its first line when it wraps (the middle of a link
   * on two lines may fall past the end of its first line, outside it).
   */
  const aimAt = (element: HTMLElement): { x: number; y: number } => {
    const line = Array.from(element.getClientRects()).find((box) => box.width > 1 && box.height > 1);
    const box = line ?? element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };

  const main = document.querySelector('main');
  const controls = main
    ? Array.from(
        main.querySelectorAll<HTMLElement>(
          'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]',
        ),
      )
    : [];
  const shown = controls.filter((element) => isShown(element, element.getBoundingClientRect()));

  const smallTargets: string[] = [];
  const undersizedLinks: HTMLElement[] = [];
  for (const element of shown) {
    // 2.5.8's equivalent exception: the same choice is offered by a full-size control on the page (a map's
    // countries, drawn to the map's scale, and the country filter beside it), which must be there.
    const rect = element.getBoundingClientRect();
    const equivalent = element.closest('[data-equivalent-control]');
    if (equivalent) {
      const control = document.getElementById(equivalent.getAttribute('data-equivalent-control') ?? '');
      if (!control?.checkVisibility()) smallTargets.push(`${describe(element, rect)} without its equivalent`);
      continue;
    }
    const input = element instanceof HTMLInputElement ? element : undefined;
    if (input && (input.type === 'checkbox' || input.type === 'radio')) {
      const label = input.labels?.[0];
      const target = label ? label.getBoundingClientRect() : rect;
      const wideEnough = label ? true : target.width >= PRIMARY_SIZE;
      if (target.height < PRIMARY_SIZE || !wideEnough) smallTargets.push(describe(element, target));
    } else if (element.tagName === 'A' && element.getAttribute('role') !== 'button') {
      if (isInline(element)) continue;
      if (rect.width < LINK_SIZE || rect.height < LINK_SIZE) undersizedLinks.push(element);
    } else if (rect.width < PRIMARY_SIZE || rect.height < PRIMARY_SIZE) {
      smallTargets.push(describe(element, rect));
    }
  }
  // 2.5.8's spacing exception: a 24 px circle around an undersized link's centre touches no other control.
  for (const link of undersizedLinks) {
    const rect = link.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const crowded = shown.some((other) => {
      if (other === link || other.contains(link) || link.contains(other)) return false;
      const box = other.getBoundingClientRect();
      const dx = Math.max(box.left - x, 0, x - box.right);
      const dy = Math.max(box.top - y, 0, y - box.bottom);
      return Math.hypot(dx, dy) < LINK_SIZE / 2;
    });
    if (crowded) smallTargets.push(describe(link, rect));
  }

  const covered: string[] = [];
  for (const element of shown) {
    // A country on a map is shaped as the country, not as a box: the middle of its box may be sea.
    if (element.closest('[data-equivalent-control]')) continue;
    // Instant, whatever the page's scroll-behavior: the hit test must see the scrolled page.
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const rect = element.getBoundingClientRect();
    const aim = aimAt(element);
    const hit = document.elementFromPoint(aim.x, aim.y);
    const reached =
      hit !== null &&
      (hit === element ||
        element.contains(hit) ||
        // A field's own label drawn over it (a floating label) still focuses the field.
        (element as HTMLInputElement).labels?.[0]?.contains(hit) === true);
    if (!reached) {
      const by = hit
        ? `${hit.tagName.toLowerCase()}${hit.getAttribute('class') ? `.${hit.getAttribute('class')!.split(' ')[0]}` : ''}`
        : 'nothing';
      covered.push(`${describe(element, rect)} under ${by}`);
    }
  }
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });

  return { overflow: document.documentElement.scrollWidth - window.innerWidth, smallTargets, covered };
}
