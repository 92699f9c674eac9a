import { useEffect, useState, type FC } from 'react';

/**
 * `react-style-singleton`'s interface, on a constructable stylesheet that the document adopts rather than an
 * inline `<style>` element. The scroll lock behind Radix's modal dialogs (`react-remove-scroll-bar`) writes
 * its rules through that library, and the product's Content-Security-Policy (`style-src 'self'`, no
 * `'unsafe-inline'`) blocks an inline `<style>`: the page behind an open dialog kept scrolling. A stylesheet
 * built through the CSSOM is not inline markup, and the policy lets it apply. `vite.config.ts` and the web
 * Jest config put this module in the library's place (ADR 0023).
 */

/** Styles added once, by the first of their users, and taken away with the last. */
export interface StylesheetSingleton {
  add(styles: string): void;
  remove(): void;
}

/** Where there are no constructable stylesheets (jsdom), nothing is drawn anyway: the styles are left out. */
function canAdoptStylesheets(): boolean {
  return (
    typeof document !== 'undefined' &&
    'adoptedStyleSheets' in document &&
    typeof CSSStyleSheet !== 'undefined' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function'
  );
}

export function stylesheetSingleton(): StylesheetSingleton {
  let users = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(styles) {
      if (users === 0 && canAdoptStylesheets()) {
        const created = new CSSStyleSheet();
        created.replaceSync(styles);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, created];
        sheet = created;
      }
      users += 1;
    },
    remove() {
      users = Math.max(0, users - 1);
      if (users > 0 || !sheet) return;
      const adopted = sheet;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== adopted);
      sheet = null;
    },
  };
}

/**
 * A hook adding `styles` while a component using it is mounted; the styles first given stay unless
 * `isDynamic`, when a change replaces them.
 */
export function styleHookSingleton(): (styles: string, isDynamic?: boolean) => void {
  const sheet = stylesheetSingleton();
  const useStyle = (styles: string, isDynamic?: boolean): void => {
    const [first] = useState(styles);
    const applied = isDynamic ? styles : first;
    useEffect(() => {
      sheet.add(applied);
      return () => sheet.remove();
    }, [applied]);
  };
  return useStyle;
}

/** A component adding `styles` while it is mounted, drawing nothing. */
export function styleSingleton(): FC<{ styles: string; dynamic?: boolean }> {
  const useStyle = styleHookSingleton();
  return function StyleSingleton({ styles, dynamic }) {
    useStyle(styles, dynamic);
    return null;
  };
}
