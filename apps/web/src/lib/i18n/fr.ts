import { frPages } from './fr-pages';
import { frShell } from './fr-shell';

/** French, the product's default language and the reference: every visible text has its key here first.
 * Each feature keeps its own catalogue beside its code; this assembles them (the first screen's texts, and
 * the pages'). */
export const fr = { ...frShell, ...frPages };

/** The shape every other language must match, key for key. */
export type Messages = typeof fr;
