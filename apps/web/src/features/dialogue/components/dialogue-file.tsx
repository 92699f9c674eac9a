import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useDialogue } from '../api/get-dialogue';
import { DialogueApproval } from './dialogue-approval';
import { DialogueAudiences, DialogueSleepAlert } from './dialogue-audiences';
import { DialogueLog } from './dialogue-log';
import { DialoguePlanSection } from './dialogue-plan-form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { RecordExchangeForm } from './record-exchange-form';

/**
 * « Dialogue entre les partenaires »: whether the relation is falling asleep, the plan per audience with the
 * next exchange due, who approved the plan, the form to propose or change it, the log of exchanges and the
 * form to log one.
 */
export function DialogueFile({
  partnershipId,
  ownPartyId,
  canApprove,
  canPropose,
  canRecord,
}: {
  partnershipId: string;
  ownPartyId: string | undefined;
  canApprove: boolean;
  /** Propose or change the plan (the roles that run the partnership). */
  canPropose: boolean;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const dialogue = useDialogue(partnershipId);
  return (
    <>
      <h2>{t('dialogue.title')}</h2>
      <p className="muted">{t('dialogue.intro')}</p>
      {dialogue.isPending && <p role="status">{t('common.loading')}</p>}
      {dialogue.isError && <p role="alert">{describeError(t, dialogue.error)}</p>}
      {dialogue.isSuccess && (
        <>
          <DialogueSleepAlert dialogue={dialogue.data} />
          <DialogueAudiences dialogue={dialogue.data} />
          <DialogueApproval
            partnershipId={partnershipId}
            dialogue={dialogue.data}
            ownPartyId={ownPartyId}
            canApprove={canApprove}
          />
          {canPropose && (
            <DialoguePlanSection
              partnershipId={partnershipId}
              dialogue={dialogue.data}
              ownPartyId={ownPartyId}
            />
          )}
          <DialogueLog dialogue={dialogue.data} />
          {canRecord ? (
            <FormDialog
              openLabel={t('dialogue.form.title')}
              title={t('dialogue.form.title')}
              emphasis="primary"
            >
              {(done) => (
                <RecordExchangeForm partnershipId={partnershipId} dialogue={dialogue.data} onDone={done} />
              )}
            </FormDialog>
          ) : (
            <p className="callout">{t('dialogue.readOnly')}</p>
          )}
        </>
      )}
    </>
  );
}
