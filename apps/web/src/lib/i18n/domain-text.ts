import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * The namespace holding the lifecycle model's texts (`FR_MESSAGES`, `EN_MESSAGES` of `@passerelle/domain`):
 * criteria, warnings, refusals. Their keys are flat and hold dots (`criteria.COMMITMENT.MOTIVATIONS_STATED`),
 * so they are looked up without key or namespace separator, and outside the typed `translation` keys.
 */
export const DOMAIN_NAMESPACE = 'domain';

type UntypedT = (key: string, options: Record<string, unknown>) => string;

/** The domain's text for `key` in the current language (French when English lacks it), if it has one. */
export function domainText(t: TFunction, key: string): string | undefined {
  const text = (t as unknown as UntypedT)(key, {
    ns: DOMAIN_NAMESPACE,
    keySeparator: false,
    nsSeparator: false,
    defaultValue: '',
  });
  return text === '' ? undefined : text;
}

/** `domainText` bound to the current language; an unknown key reads as itself rather than as nothing. */
export function useDomainText(): (key: string) => string {
  const { t } = useTranslation();
  return (key: string) => domainText(t, key) ?? key;
}
