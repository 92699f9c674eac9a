import type { StepId } from '@passerelle/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../components/ui/error-text';
import { useSession } from '../../features/auth/api/get-session';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { problemCodeOf } from '../../lib/api/problem';
import type { UserRole } from '../../lib/auth/user-roles';
import { partnershipPath } from '../../lib/partnership-paths';
import { LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';

/**
 * The frame of a step's page for one partnership: which partnership (or why it cannot be shown), the way
 * back, the step's number, title and summary, then the step's own content.
 */
export function PartnershipStepPage({
  step,
  children,
}: {
  step: StepId;
  children: (partnershipId: string, role: UserRole | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const role = useSession().data?.user?.role;
  const partnership = usePartnership(partnershipId);
  const number = LIFECYCLE_STEPS.find((candidate) => candidate.id === step)?.number ?? 0;
  if (partnership.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnership.isError) {
    const notFound = problemCodeOf(partnership.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        <h1>{notFound ? t('notFound.title') : t(`steps.${step}.title`)}</h1>
        <p role="alert">{notFound ? t('partnerships.notFound') : describeError(t, partnership.error)}</p>
      </>
    );
  }
  return (
    <>
      <p className="link-line" data-title-context={partnership.data.title}>
        <Link to={partnershipPath(partnershipId)}>
          {t('steps.backToPartnership', { title: partnership.data.title })}
        </Link>
      </p>
      <p className="eyebrow">{t('steps.stepLabel', { number })}</p>
      <h1>{t(`steps.${step}.title`)}</h1>
      <p className="lead">{t(`steps.${step}.summary`)}</p>
      {children(partnershipId, role)}
    </>
  );
}
