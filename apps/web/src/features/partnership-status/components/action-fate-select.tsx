import { ACTION_FATES } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { ActionFate } from '../api/get-partnership-status';

/**
 * What becomes of one ongoing action when the partnership ends: chosen for each, never by default (the
 * first option chooses nothing), whether the partnership is abandoned or ends after a rupture's notice.
 */
export function ActionFateSelect({
  control,
  name,
  value,
  onChange,
}: {
  control: FieldControlProps;
  name?: string;
  value: ActionFate | undefined;
  onChange: (fate: ActionFate | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <select
      {...control}
      {...(name ? { name } : {})}
      required
      value={value ?? ''}
      onChange={(event) => {
        const fate = event.target.value;
        onChange(isOneOf(ACTION_FATES, fate) ? fate : undefined);
      }}
    >
      <option value="">{t('partnershipStatus.fateChoices.none')}</option>
      {ACTION_FATES.map((fate) => (
        <option key={fate} value={fate}>
          {t(`partnershipStatus.fateChoices.${fate}`)}
        </option>
      ))}
    </select>
  );
}

/** The draft's fates with one action's fate set, or removed when none is chosen. */
export function withFate(
  fates: Readonly<Record<string, ActionFate>>,
  actionId: string,
  fate: ActionFate | undefined,
): Record<string, ActionFate> {
  const next = { ...fates };
  if (fate) next[actionId] = fate;
  else delete next[actionId];
  return next;
}
