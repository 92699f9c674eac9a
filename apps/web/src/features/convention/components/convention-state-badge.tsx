import { useTranslation } from 'react-i18next';
import type { Convention } from '../api/get-convention';

/** States in which the convention binds or binds no more, set apart from the ones still being written. */
const BADGE_OF_STATE: Partial<Record<Convention['state'], string>> = {
  signed: 'badge badge--up',
  in_force: 'badge badge--up',
  renewed: 'badge badge--up',
  suspended: 'badge badge--down',
  expired: 'badge badge--down',
  terminated: 'badge badge--down',
};

/** The convention's state in words (the colour only repeats them). */
export function ConventionStateBadge({ state }: { state: Convention['state'] }) {
  const { t } = useTranslation();
  return <span className={BADGE_OF_STATE[state] ?? 'badge'}>{t(`convention.states.${state}`)}</span>;
}
