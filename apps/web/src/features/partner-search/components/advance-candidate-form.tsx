import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import { useAdvanceCandidate, type ManualCandidateStage } from '../api/advance-candidate';
import type { Candidate } from '../api/get-candidates';
import { manualNextStages } from './candidate-stages';
import { DateInput } from '../../../components/ui/date-input';

/**
 * The stages offered for one open candidate: first the one it stands at, selected by default so that saving
 * a new next step never moves it (let alone declines it), then those the pipeline allows from there.
 */
function stageChoices(candidate: Candidate): ManualCandidateStage[] {
  const moves = manualNextStages(candidate.stage);
  if (candidate.stage === 'accepted' || moves.length === 0) return [];
  return [candidate.stage, ...moves];
}

/**
 * Replans one candidate's next step, and moves it to a stage the pipeline allows from where it stands (never
 * back, never to `accepted`) when asked. Named after the candidate, so that each card's form is told apart.
 */
export function AdvanceCandidateForm({
  partnershipId,
  candidate,
  onAdvanced,
}: {
  partnershipId: string;
  candidate: Candidate;
  onAdvanced: (candidate: Candidate, stage: ManualCandidateStage) => void;
}) {
  const { t } = useTranslation();
  const advance = useAdvanceCandidate(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const stages = stageChoices(candidate);
  const [stage, setStage] = useState<ManualCandidateStage | undefined>(stages[0]);
  const [nextStep, setNextStep] = useState(candidate.nextStep ?? '');
  const [nextStepOn, setNextStepOn] = useState(candidate.nextStepOn ?? '');
  useFocusFirstInvalidField(formRef, advance.error);
  if (!stage) return null;
  const errors = describeFormErrors(t, advance.error, ['stage', 'nextStep', 'nextStepOn']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = nextStep.trim();
    advance.mutate(
      {
        candidateId: candidate.id,
        stage,
        version: candidate.version,
        ...(trimmed ? { nextStep: trimmed } : {}),
        ...(nextStepOn ? { nextStepOn } : {}),
      },
      { onSuccess: () => onAdvanced(candidate, stage) },
    );
  };
  return (
    <form ref={formRef} className="form form--compact candidate-form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <Field label={t('partnerSearch.advance', { name: candidate.name })} error={errors.fields.stage}>
        {(props) => (
          <select
            {...props}
            name="stage"
            value={stage}
            onChange={(event) => {
              const value = event.target.value;
              if (isOneOf(stages, value)) setStage(value);
            }}
          >
            {stages.map((option) => (
              <option key={option} value={option}>
                {option === candidate.stage
                  ? t('partnerSearch.keepStage', { stage: t(`candidateStages.${option}`) })
                  : t(`candidateStages.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('partnerSearch.advanceNextStep', { name: candidate.name })}
        error={errors.fields.nextStep}
      >
        {(props) => (
          <input
            {...props}
            name="nextStep"
            maxLength={300}
            autoComplete="off"
            value={nextStep}
            onChange={(event) => setNextStep(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('partnerSearch.advanceNextStepOn', { name: candidate.name })}
        error={errors.fields.nextStepOn}
      >
        {(props) => <DateInput {...props} name="nextStepOn" value={nextStepOn} onChange={setNextStepOn} />}
      </Field>
      <button type="submit" className="button button--small" disabled={advance.isPending}>
        {t('partnerSearch.saveStage')}
      </button>
    </form>
  );
}
