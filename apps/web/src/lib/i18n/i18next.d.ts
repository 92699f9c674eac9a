import 'i18next';
import type { Messages } from './fr';

// Typed keys: `t('status.titl')` fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
