import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../../components/ui/form';
import { CONVENTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useOpenConventionNegotiation } from '../api/open-convention-negotiation';
import type { ConventionStep } from '../api/get-convention';
import { ConventionClauses } from './convention-clauses';
import { CommandButton } from './command-button';
import type { ConventionPermissions } from './convention-permissions';
import { ConventionTextForm } from './convention-text-form';
import { currentVersionOf, isAvailable } from './convention-texts';

/**
 * « Texte de la convention » : the current version's clauses and text; for those who run the partnership,
 * the form to draft a first version (when a new convention can be drafted), to revise the text into a new
 * version starting from the current one, and to open the negotiation of a draft.
 */
export function ConventionTextSection({
  partnershipId,
  step,
  permissions,
}: {
  partnershipId: string;
  step: ConventionStep;
  permissions: ConventionPermissions;
}) {
  const { t } = useTranslation();
  const [revising, setRevising] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const openNegotiation = useOpenConventionNegotiation(partnershipId);
  const sectionId = CONVENTION_SECTION_IDS.text;
  const convention = step.convention;
  const current = convention ? currentVersionOf(convention) : undefined;
  const canRevise = permissions.canRun && current !== undefined && isAvailable(step, 'ReviseConvention');
  const canDraft = permissions.canRun && step.canDraft;
  const canOpenNegotiation = permissions.canRun && isAvailable(step, 'OpenConventionNegotiation');
  const done = (message: string) => {
    setRevising(false);
    setNotice(message);
  };
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('convention.text.title')}
      </h2>
      <FormSuccess message={notice} />
      {current ? <ConventionClauses version={current} /> : <p>{t('convention.text.none')}</p>}
      {permissions.canRun && !revising && (canRevise || canOpenNegotiation) && (
        <div className="actions">
          {canRevise && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotice(undefined);
                setRevising(true);
              }}
            >
              {t('convention.text.revise')}
            </button>
          )}
          {canOpenNegotiation && (
            <CommandButton
              label={t('convention.text.openNegotiation')}
              mutation={openNegotiation}
              input={{ version: step.version }}
              onDone={() => setNotice(t('convention.text.negotiationOpened'))}
            />
          )}
        </div>
      )}
      {canRevise && revising && current && (
        <>
          <h3>{t('convention.text.reviseTitle', { number: current.number + 1 })}</h3>
          <p className="muted">{t('convention.text.reviseIntro')}</p>
          <ConventionTextForm
            partnershipId={partnershipId}
            version={step.version}
            from={current}
            onDone={done}
            onCancel={() => setRevising(false)}
          />
        </>
      )}
      {canDraft && (
        <>
          <h3>{t('convention.text.draftTitle')}</h3>
          <p className="muted">{t('convention.text.draftIntro')}</p>
          {step.agreedPriorities.length > 0 && (
            <p className="muted">{t('convention.text.agreedPrioritiesFilled')}</p>
          )}
          <ConventionTextForm
            partnershipId={partnershipId}
            version={step.version}
            agreedPriorities={step.agreedPriorities}
            onDone={done}
          />
        </>
      )}
    </section>
  );
}
