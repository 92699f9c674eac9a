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
 * Checks, in the page, every control a finger may tap, in the whole page (header, its menu when open, the
 * steps' navigation, `<main>`, the footer): its size and that nothing covers it.
 * Passed as is to `page.evaluate`, so it uses nothing from outside its own body.
 *
 * The size rule: tap targets of at least 44 × 44 CSS px (issue #19, "Partners' reach": partners mostly use a
 * phone), as WCAG 2.2's success criterion 2.5.5 (AAA) asks, for every kind of control:
 * - buttons, links, form fields (text, select, text area, file) and disclosure summaries: their box, at least
 *   44 px high and 44 px wide (a link whose words are wider is fine: the box is what a finger hits);
 * - a check box or radio button is tapped through its label: the label's box is the target, at least 44 px
 *   high (the box alone, without a label, at least 44 × 44).
 * Exempt, as 2.5.5 allows:
 * - a link inside a sentence (inline, with other text on its lines): its size is the line's, and raising it
 *   would break the sentence (the inline exception);
 * - a control inside an element marked `data-equivalent-control`, when the full-size control that attribute
 *   names, doing the same, is on the page (a map's countries, drawn to the map's scale, and the country filter
 *   beside it: the equivalent exception).
 * There is no smaller size for links set apart from other controls (2.5.8's 24 px with its spacing exception,
 * the AA minimum): a thumb needs the 44 px wherever the link stands.
 * Elements of 1 px or less are visually hidden (kept for screen readers, never tapped) and are skipped, as are
 * transparent controls the pointer goes through, which stand behind a visible one. A control kept outside the
 * page until it has the focus (the skip link) is checked as it shows when focused.
 */
export function inspectScreen(): ScreenFindings {
  const TARGET_SIZE = 44;
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
  /**
   * A link inside a sentence: inline, with other text on its lines, that is text of the same block outside
   * the link, outside any block within and outside other controls (a title's link above a paragraph, or beside
   * a button, stands alone; words or a badge beside it do not).
   */
  const isInline = (element: HTMLElement): boolean => {
    const inLine = (node: Element): boolean => getComputedStyle(node).display.startsWith('inline');
    if (element.tagName !== 'A' || getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && inLine(block)) block = block.parentElement;
    if (!block) return false;
    const texts = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      if (element.contains(text) || !text.textContent?.trim()) continue;
      // Another control's words beside it (a remove button) make no sentence.
      if (text.parentElement?.closest('a[href], button, select, summary, [role="button"]')) continue;
      let holder = text.parentElement;
      while (holder && holder !== block && inLine(holder)) holder = holder.parentElement;
      if (holder === block) return true;
    }
    return false;
  };
  /** Placed above or before the page's start, where no scrolling brings it, until it has the focus. */
  const isOutsidePage = (rect: DOMRect): boolean =>
    rect.bottom + window.scrollY <= 0 || rect.right + window.scrollX <= 0;
  /**
   * Where a finger aims: the middle of the element, or of its first line when it wraps (the middle of a link
   * on two lines may fall past the end of its first line, outside it).
   */
  const aimAt = (element: HTMLElement): { x: number; y: number } => {
    const line = Array.from(element.getClientRects()).find((box) => box.width > 1 && box.height > 1);
    const box = line ?? element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };

  /** What is wrong with the size of a control a finger taps, or undefined when it is large enough. */
  const sizeProblem = (element: HTMLElement): string | undefined => {
    const rect = element.getBoundingClientRect();
    // The equivalent exception holds only while the full-size control it names is there.
    const equivalent = element.closest('[data-equivalent-control]');
    if (equivalent) {
      const control = document.getElementById(equivalent.getAttribute('data-equivalent-control') ?? '');
      return control?.checkVisibility() ? undefined : `${describe(element, rect)} without its equivalent`;
    }
    const input = element instanceof HTMLInputElement ? element : undefined;
    if (input && (input.type === 'checkbox' || input.type === 'radio')) {
      const label = input.labels?.[0];
      const target = label ? label.getBoundingClientRect() : rect;
      const wideEnough = label ? true : target.width >= TARGET_SIZE;
      return target.height < TARGET_SIZE || !wideEnough ? describe(element, target) : undefined;
    }
    if (isInline(element)) return undefined;
    return rect.width < TARGET_SIZE || rect.height < TARGET_SIZE ? describe(element, rect) : undefined;
  };

  /** What covers the point a finger aims at on the control, once scrolled into view, or undefined. */
  const coverProblem = (element: HTMLElement): string | undefined => {
    // A country on a map is shaped as the country, not as a box: the middle of its box may be sea.
    if (element.closest('[data-equivalent-control]')) return undefined;
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
    if (reached) return undefined;
    const by = hit
      ? `${hit.tagName.toLowerCase()}${hit.getAttribute('class') ? `.${hit.getAttribute('class')!.split(' ')[0]}` : ''}`
      : 'nothing';
    return `${describe(element, rect)} under ${by}`;
  };

  const controls = Array.from(
    document.body.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]',
    ),
  ).filter((element) => isShown(element, element.getBoundingClientRect()));

  const smallTargets: string[] = [];
  const covered: string[] = [];
  const focused = document.activeElement;
  for (const element of controls) {
    const waitsForFocus = isOutsidePage(element.getBoundingClientRect());
    if (waitsForFocus) element.focus({ preventScroll: true });
    const tooSmall = sizeProblem(element);
    if (tooSmall) smallTargets.push(tooSmall);
    const under = coverProblem(element);
    if (under) covered.push(under);
    if (waitsForFocus) element.blur();
  }
  if (focused instanceof HTMLElement && focused !== document.activeElement) {
    focused.focus({ preventScroll: true });
  }
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });

  // Against the layout viewport: a phone's browser zooms out to show a page wider than the screen, and the
  // visual viewport (`innerWidth`) then grows with the page, hiding the overflow it should reveal.
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { overflow, smallTargets, covered };
}
