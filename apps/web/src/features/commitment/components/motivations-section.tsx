import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { Commitment, Motivation } from '../api/get-commitment';
import { useShareMotivation } from '../api/share-motivation';
import { AddMotivationForm, EditMotivationForm } from './motivation-forms';
import { MotivationReviewForm } from './motivation-review-form';
import { MotivationSummary, motivationStatusOf } from './motivation-summary';
import { SectionPanel } from './section-panel';

/**
 * The authority's motivations to cooperate: why, in which frame of reference, and where each one stands in
 * the elected review. Writers add, revise and share approved ones; elected officials review them here too.
 */
export function MotivationsSection({
  partnershipId,
  commitment,
  canWrite,
  canReview,
}: {
  partnershipId: string;
  commitment: Commitment;
  canWrite: boolean;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SectionPanel section="motivations" title={t('motivations.title')}>
      <p className="muted">{t('motivations.intro')}</p>
      {commitment.motivations.length === 0 ? (
        <p>{t('motivations.empty')}</p>
      ) : (
        <ul className="records">
          {commitment.motivations.map((motivation) => (
            <MotivationItem
              key={motivation.id}
              partnershipId={partnershipId}
              motivation={motivation}
              canWrite={canWrite}
              canReview={canReview}
            />
          ))}
        </ul>
      )}
      {canWrite && (
        <FormDialog openLabel={t('motivations.open')} title={t('motivations.addTitle')}>
          {(done) => <AddMotivationForm partnershipId={partnershipId} onDone={done} />}
        </FormDialog>
      )}
    </SectionPanel>
  );
}

function MotivationItem({
  partnershipId,
  motivation,
  canWrite,
  canReview,
}: {
  partnershipId: string;
  motivation: Motivation;
  canWrite: boolean;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const editId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const share = useShareMotivation(partnershipId);
  const status = motivationStatusOf(motivation);
  const closeEditor = (message?: string) => {
    setEditing(false);
    setNotice(message);
    editButton.current?.focus();
  };
  return (
    <li className="record">
      <MotivationSummary motivation={motivation} textId={textId} />
      <FormSuccess message={notice} />
      {share.isError && <FormAlert message={describeError(t, share.error)} />}
      {canWrite && (
        <div className="actions">
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            aria-expanded={editing}
            aria-controls={editing ? editId : undefined}
            aria-describedby={textId}
            onClick={() => {
              setNotice(undefined);
              setEditing((current) => !current);
            }}
          >
            {t('motivations.edit')}
          </button>
          {status === 'approved' && (
            <button
              type="button"
              className="button button--small button--primary"
              disabled={share.isPending}
              aria-describedby={textId}
              onClick={() => {
                setNotice(undefined);
                share.mutate(
                  { motivationId: motivation.id, version: motivation.version },
                  {
                    onSuccess: () => {
                      setNotice(t('motivations.sharedNotice'));
                      editButton.current?.focus();
                    },
                  },
                );
              }}
            >
              {t('motivations.share')}
            </button>
          )}
        </div>
      )}
      {editing && (
        <div id={editId}>
          <EditMotivationForm
            partnershipId={partnershipId}
            motivation={motivation}
            onDone={() => closeEditor(t('motivations.revised'))}
            onCancel={() => closeEditor()}
          />
        </div>
      )}
      {canReview && (status === 'to_review' || status === 'changes_requested') && !editing && (
        <MotivationReviewForm
          partnershipId={partnershipId}
          motivationId={motivation.id}
          version={motivation.version}
          describedBy={textId}
          onReviewed={(decision) => {
            setNotice(t(`motivationReview.done.${decision}`));
            // The review form leaves with the review: the focus stays on the motivation.
            editButton.current?.focus();
          }}
        />
      )}
    </li>
  );
}
