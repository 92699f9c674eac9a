import { PRESENTATION_SECTIONS } from '@passerelle/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presentation } from '../api/get-presentation';
import { missingSectionsOf } from './presentation-texts';

/**
 * Which sections of the saved French text are written and which are still empty: the step is met when all
 * four are written. The state is written out, the mark beside it is only for sighted readers.
 */
export function PresentationCompleteness({ presentation }: { presentation: Presentation }) {
  const { t } = useTranslation();
  const titleId = useId();
  const missing = missingSectionsOf(presentation);
  const written = PRESENTATION_SECTIONS.length - missing.length;
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('presentation.completenessTitle')}</h2>
      <p>
        {missing.length === 0
          ? t('presentation.complete')
          : t('presentation.incomplete', { written, total: PRESENTATION_SECTIONS.length })}
      </p>
      <ul className="completeness" aria-label={t('presentation.completenessList')}>
        {PRESENTATION_SECTIONS.map((section) => {
          const isMissing = missing.includes(section);
          return (
            <li key={section} className={isMissing ? 'completeness--missing' : 'completeness--written'}>
              <span aria-hidden="true">{isMissing ? '○ ' : '✓ '}</span>
              {t('presentation.sectionState', {
                section: t(`presentationSections.${section}`),
                state: isMissing ? t('presentation.sectionMissing') : t('presentation.sectionWritten'),
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
