import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { CONVENTION_SECTION_IDS } from '../../../lib/partnership-paths';
import type { ConventionStep } from '../api/get-convention';
import type { ConventionPermissions } from './convention-permissions';
import { currentVersionOf, isAvailable, partyNameOf } from './convention-texts';
import { SignConventionForm } from './sign-convention-form';
import { StoredFileLink } from './stored-file-link';

/**
 * « Signature » : once signed, the day, the version, each party's signatories and the signed PDF; before,
 * the form to record the signature once every party approved the same version (the API says when).
 */
export function ConventionSignature({
  partnershipId,
  step,
  permissions,
}: {
  partnershipId: string;
  step: ConventionStep;
  permissions: ConventionPermissions;
}) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<string | undefined>();
  const sectionId = CONVENTION_SECTION_IDS.signature;
  const convention = step.convention;
  const signature = convention?.signature;
  const current = convention ? currentVersionOf(convention) : undefined;
  const canSign = permissions.canRun && current !== undefined && isAvailable(step, 'SignConvention');
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('convention.signature.title')}
      </h2>
      <FormSuccess message={notice} />
      {signature ? (
        <>
          <p>
            {t('convention.signature.signedOn', {
              date: formatCalendarDate(signature.signedOn, i18n.language),
              number: signature.version,
            })}
          </p>
          <ul className="plain-list" aria-label={t('convention.signature.signatories')}>
            {signature.signatories.map((signatory, index) => (
              <li key={`${signatory.partyId}-${index}`}>
                {t('convention.signature.signatory', {
                  party: partyNameOf(step.parties, signatory.partyId),
                  name: signatory.name,
                  title: signatory.title,
                })}
              </li>
            ))}
          </ul>
          <p>
            {signature.signedFile ? (
              <StoredFileLink partnershipId={partnershipId} file={signature.signedFile} />
            ) : (
              <span className="muted">{t('convention.signature.noFile')}</span>
            )}
          </p>
        </>
      ) : (
        !canSign && <p>{t('convention.signature.notYet')}</p>
      )}
      {canSign && current && (
        <FormDialog
          openLabel={t('convention.sign.title', { number: current.number })}
          title={t('convention.sign.title', { number: current.number })}
          emphasis="primary"
          settled={{ announce: setNotice, focus: () => document.getElementById(sectionId) }}
        >
          {(done) => (
            <SignConventionForm
              partnershipId={partnershipId}
              version={step.version}
              conventionVersion={current.number}
              parties={step.parties}
              onDone={done}
            />
          )}
        </FormDialog>
      )}
    </section>
  );
}
