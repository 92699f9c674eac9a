import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useAddInternalNote } from '../api/add-internal-note';
import { useInternalNotes } from '../api/get-internal-notes';
import { localeOf } from '../../../lib/i18n/locale';

/** Notes the authority keeps for itself about a partnership: the partner authorities never see them. */
export function InternalNotes({ partnershipId, canWrite }: { partnershipId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const notes = useInternalNotes(partnershipId);
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('notes.title')}</h2>
      <p className="muted">{t('notes.intro')}</p>
      {notes.isPending && <p role="status">{t('common.loading')}</p>}
      {notes.isError && <p role="alert">{describeError(t, notes.error)}</p>}
      {notes.data &&
        (notes.data.length === 0 ? (
          <p>{t('notes.empty')}</p>
        ) : (
          <ul className="notes">
            {notes.data.map((note) => (
              <li key={note.id}>
                <p className="notes__body">{note.body}</p>
                <p className="muted">
                  {t('notes.byline', {
                    author: note.authorDisplayName,
                    date: new Date(note.createdAt).toLocaleString(localeOf(i18n.language), {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }),
                  })}
                </p>
              </li>
            ))}
          </ul>
        ))}
      {canWrite && (
        <FormDialog openLabel={t('notes.open')} title={t('notes.open')}>
          {(done) => <AddInternalNoteForm partnershipId={partnershipId} onDone={done} />}
        </FormDialog>
      )}
    </section>
  );
}

function AddInternalNoteForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const add = useAddInternalNote(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [body, setBody] = useState('');
  useFocusFirstInvalidField(formRef, add.error);
  const errors = describeFormErrors(t, add.error, ['body']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate({ body: body.trim() }, { onSuccess: () => onDone(t('notes.added')) });
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('notes.open')}>
      <FormAlert message={errors.form} />
      <Field label={t('notes.body')} error={errors.fields.body}>
        {(props) => (
          <textarea
            {...props}
            name="body"
            rows={4}
            maxLength={5000}
            required
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {t('notes.submit')}
      </button>
    </form>
  );
}
