import { STEP_IDS, type StepId } from '@passerelle/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { useDomainText } from '../../../lib/i18n/domain-text';
import {
  useAssessment,
  type AssessmentWarning,
  type CriterionAssessment,
  type StepAssessment,
} from '../api/get-assessment';
import { fixLinkOf, stepPathOf } from './fix-links';
import { warningSubject } from './warning-subject';

/** A mark beside each status, for sighted readers; the status is always written out too. */
const STATUS_MARKS = { done: '✓', current: '●', todo: '○', blocked: '⨯' } as const;

/** The link from a step of the list to its page, saying what the page holds. */
const PAGE_LINK_KEYS = {
  COMMITMENT: 'commitment.open',
  PARTNER_SEARCH: 'partnerSearch.open',
  PRESENTATION: 'presentation.open',
  INITIATION: 'visits.open',
  CONVENTION: 'stepper.pageLinks.convention',
  ACTIONS: 'stepper.pageLinks.actions',
} as const satisfies Record<StepId, string>;

function stepNumber(step: StepId): number {
  return STEP_IDS.indexOf(step) + 1;
}

/**
 * Where the partnership stands in the method, as a task list: the six steps with their status and the link
 * to each step's page (saying what it holds), each one unfolding to its criteria (met or missing, what they
 * ask and why, a link to the form that fills them), and the warnings apart — they never block anything.
 */
export function PartnershipStepper({
  partnershipId,
  partyName = () => undefined,
  canOpenStep = () => true,
}: {
  partnershipId: string;
  /** A party's name, for warnings about one party (a channel it does not use). */
  partyName?: (partyId: string) => string | undefined;
  /** Whether the viewer has the step's page (the partner search is the initiator's own work). */
  canOpenStep?: (step: StepId) => boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const assessment = useAssessment(partnershipId);
  return (
    <section className="panel panel--section stepper" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stepper.title')}</h2>
      {assessment.isPending && <p role="status">{t('common.loading')}</p>}
      {assessment.isError && (
        <>
          <p role="alert">{describeError(t, assessment.error)}</p>
          {/* Without the assessment the steps' pages stay reachable, only their status is unknown. */}
          <ul className="plain-list">
            {STEP_IDS.filter(canOpenStep).map((step) => (
              <li key={step} className="link-line">
                <Link to={stepPathOf(partnershipId, step)}>{t(PAGE_LINK_KEYS[step])}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {assessment.data && (
        <>
          <ol className="stepper__steps">
            {assessment.data.steps.map((step) => (
              <StepItem
                key={step.step}
                partnershipId={partnershipId}
                step={step}
                initiallyOpen={step.step === assessment.data.currentStep}
                canOpen={canOpenStep(step.step)}
              />
            ))}
          </ol>
          <WarningList warnings={assessment.data.warnings} partyName={partyName} />
        </>
      )}
    </section>
  );
}

function StepItem({
  partnershipId,
  step,
  initiallyOpen,
  canOpen,
}: {
  partnershipId: string;
  step: StepAssessment;
  initiallyOpen: boolean;
  canOpen: boolean;
}) {
  const { t } = useTranslation();
  const text = useDomainText();
  const [open, setOpen] = useState(initiallyOpen);
  const panelId = useId();
  const number = stepNumber(step.step);
  const title = t(`steps.${step.step}.title`);
  return (
    <li className={`stepper__step stepper__step--${step.status}`}>
      <h3 className="stepper__heading">
        <button
          type="button"
          className="stepper__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          <span className="stepper__number" aria-hidden="true">
            {number}
          </span>
          <span className="visually-hidden">{t('stepper.stepPrefix', { number })} </span>
          <span className="stepper__title">{title}</span>
          <span className="visually-hidden"> — </span>
          <span className={`badge badge--step-${step.status}`}>
            <span aria-hidden="true">{STATUS_MARKS[step.status]} </span>
            {t(`stepper.statuses.${step.status}`)}
          </span>
        </button>
      </h3>
      {canOpen && (
        <p className="stepper__page link-line">
          <Link to={stepPathOf(partnershipId, step.step)}>{t(PAGE_LINK_KEYS[step.step])}</Link>
        </p>
      )}
      <div id={panelId} className="stepper__panel" hidden={!open}>
        {step.blockedBy.length > 0 && (
          <p className="stepper__blocked">
            {t('stepper.blockedBy')}{' '}
            {step.blockedBy.map((condition) => blockingText(text, condition)).join(' ')}
          </p>
        )}
        <ul className="criteria" aria-label={t('stepper.criteriaOf', { title })}>
          {step.criteria.map((criterion) => (
            <CriterionItem key={criterion.id} partnershipId={partnershipId} criterion={criterion} />
          ))}
        </ul>
      </div>
    </li>
  );
}

/** A step is blocked by criteria of earlier steps or by the partnership's status (suspended, terminated). */
function blockingText(text: (key: string) => string, condition: string): string {
  return condition.startsWith('PARTNERSHIP.') ? text(`blocking.${condition}`) : text(`criteria.${condition}`);
}

function CriterionItem({
  partnershipId,
  criterion,
}: {
  partnershipId: string;
  criterion: CriterionAssessment;
}) {
  const { t } = useTranslation();
  const text = useDomainText();
  const fix = criterion.met ? undefined : fixLinkOf(partnershipId, criterion.fixTarget);
  return (
    <li className={`criterion criterion--${criterion.met ? 'met' : 'missing'}`}>
      <p className="criterion__state">
        <span aria-hidden="true">{criterion.met ? '✓' : '✗'} </span>
        {criterion.met ? t('stepper.met') : t('stepper.missing')}
      </p>
      <p className="criterion__text">{text(criterion.explanationKey)}</p>
      <p className="criterion__why">
        <span className="criterion__why-label">{t('stepper.why')}</span> {text(criterion.whyKey)}
      </p>
      {!criterion.met && criterion.blockedBy.length > 0 && (
        <p className="muted">
          {t('stepper.requires')} {criterion.blockedBy.map((id) => blockingText(text, id)).join(' ')}
        </p>
      )}
      {fix && (
        <p className="link-line">
          <Link to={fix.href}>{t(`stepper.fix.${fix.name}`)}</Link>
        </p>
      )}
    </li>
  );
}

export function WarningList({
  warnings,
  partyName,
}: {
  warnings: readonly AssessmentWarning[];
  partyName: (partyId: string) => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const text = useDomainText();
  const titleId = useId();
  return (
    <div className="stepper__warnings" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('stepper.warnings')}</h3>
      {warnings.length === 0 ? (
        <p className="muted">{t('stepper.noWarnings')}</p>
      ) : (
        <>
          <p className="muted">{t('stepper.warningsIntro')}</p>
          <ul className="warnings">
            {warnings.map((warning, index) => {
              // Several visits or channels may raise the same warning: each says which one it is about.
              const subject = warningSubject(t, warning.details, i18n.language, partyName);
              return (
                <li key={`${warning.id}-${index}`} className="warning">
                  <p className="warning__step">
                    {t('stepper.warningStep', {
                      number: stepNumber(warning.step),
                      title: t(`steps.${warning.step}.title`),
                    })}
                  </p>
                  <p className="warning__text">
                    <span aria-hidden="true">⚠ </span>
                    {text(warning.explanationKey)}
                  </p>
                  {subject && <p className="warning__subject">{subject}</p>}
                  <p className="criterion__why">
                    <span className="criterion__why-label">{t('stepper.why')}</span> {text(warning.whyKey)}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
