import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert } from '../../../components/ui/form';
import type { ConventionStep } from '../api/get-convention';

/**
 * A move that needs nothing but the version read (open the negotiation, record the expiry, resume): one
 * button, and the API's refusal in words above it.
 */
export function CommandButton<Input>({
  label,
  mutation,
  input,
  onDone,
}: {
  label: string;
  mutation: UseMutationResult<ConventionStep, Error, Input>;
  input: Input;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const error = mutation.error
    ? describeError(t, mutation.error, { 'RESOURCE.CONFLICT': t('convention.conflict') })
    : undefined;
  return (
    <div className="convention-command">
      <FormAlert message={error} />
      <button
        type="button"
        className="button button--primary"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(input, { onSuccess: onDone })}
      >
        {label}
      </button>
    </div>
  );
}
