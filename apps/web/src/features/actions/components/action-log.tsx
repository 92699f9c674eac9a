import { LOG_ENTRY_KINDS } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { storedFileUrl, type StoredFile } from '../../files/api/upload-file';
import { FileUploadField } from '../../files/components/file-upload-field';
import { isOneOf } from '../../../lib/is-one-of';
import { OfflinePhotoField } from '../../offline/components/offline-photo-field';
import { useOfflineAppend } from '../../offline/outbox/use-offline-append';
import { ACTION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useAddLogEntry, type LogEntryKind } from '../api/add-log-entry';
import { actionFormErrors } from './action-form-errors';
import type { ActionFormProps, ActionSectionProps } from './action-header';
import { formatDateTime } from './action-texts';

/** The action's log, newest first: what each party did, when, with its attached files; and the form to add. */
export function ActionLog({ partnershipId, detail, names, permissions }: ActionSectionProps) {
  const { t, i18n } = useTranslation();
  const sectionId = ACTION_SECTION_IDS.log;
  const entries = detail.action.log;
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('actions.log.title')}
      </h2>
      <p className="muted">{t('actions.log.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('actions.log.empty')}</p>
      ) : (
        <ol className="records" aria-label={t('actions.log.listLabel')}>
          {entries.map((entry) => (
            <li key={entry.id} className="record">
              <h3 className="record__title">
                {t(`actions.log.kinds.${entry.kind}`)} · {formatDateTime(entry.at, i18n.language)}
              </h3>
              <p className="muted">
                {entry.byParty === names.ownPartyId
                  ? t('actions.log.loggedByUs')
                  : t('actions.log.loggedBy', { party: names.nameOf(entry.byParty) })}
              </p>
              <p className="notes__body">{entry.text}</p>
              {entry.attachments.length > 0 && (
                <ul className="action-attachments" aria-label={t('actions.log.attachments')}>
                  {entry.attachments.map((file) => (
                    <li key={file.id} className="link-line">
                      <a href={storedFileUrl(partnershipId, file.id)} download={file.name}>
                        {file.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {permissions.canRecord && (
        <FormDialog openLabel={t('actions.log.form.open')} title={t('actions.log.form.title')}>
          {(done) => <LogEntryForm partnershipId={partnershipId} detail={detail} onDone={done} />}
        </FormDialog>
      )}
    </section>
  );
}

const FIELDS = ['kind', 'text', 'attachmentIds'] as const;

const TEXT_MAX = 8000;

/**
 * Logs what the viewer's party did: its nature, a description, and any number of files, each uploaded as
 * soon as it is chosen (the entry then sends their ids). `onDone` says the entry is logged or queued.
 */
function LogEntryForm({ partnershipId, detail, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const add = useAddLogEntry(partnershipId, detail.action.id);
  const offline = useOfflineAppend();
  // Photos chosen without a connection: kept on the device, uploaded by the outbox before the entry.
  const [localPhotos, setLocalPhotos] = useState<File[]>([]);
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [kind, setKind] = useState<LogEntryKind>('meeting');
  const [text, setText] = useState('');
  const [attachments, setAttachments] = useState<StoredFile[]>([]);
  // A new chooser after each upload, so that the next file is chosen afresh.
  const [chooserKey, setChooserKey] = useState(0);
  const errors = actionFormErrors(t, add.error, FIELDS);
  useFocusFirstInvalidField(formRef, add.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { kind, text: text.trim(), attachmentIds: attachments.map((file) => file.id) };
    const cleared = (message: string) => {
      keys.settle();
      onDone(message);
    };
    const idempotencyKey = keys.keyFor(body);
    const draft = {
      kind: 'log-entry' as const,
      target: { partnershipId, actionId: detail.action.id },
      body,
      photos: localPhotos.map((file) => ({ name: file.name, type: file.type, blob: file })),
      summary: body.text,
      idempotencyKey,
    };
    if (offline.queuesNow(localPhotos.length > 0)) {
      void offline.queue(draft).then(() => cleared(t('offline.queued')));
      return;
    }
    add.mutate(
      { body, idempotencyKey },
      {
        onSuccess: () => cleared(t('actions.log.form.done')),
        onError: (error) =>
          void offline.queueAfterFailure(error, draft).then((queued) => {
            if (!queued) return;
            add.reset();
            cleared(t('offline.queued'));
          }),
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--nested action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.log.form.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('actions.log.form.kind')} error={errors.fields.kind}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={kind}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(LOG_ENTRY_KINDS, next)) setKind(next);
            }}
          >
            {LOG_ENTRY_KINDS.map((code) => (
              <option key={code} value={code}>
                {t(`actions.log.kinds.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('actions.log.form.text')} error={errors.fields.text}>
        {(props) => (
          <textarea
            {...props}
            name="text"
            rows={4}
            required
            maxLength={TEXT_MAX}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <fieldset
        className={`field action-form__attachments${errors.fields.attachmentIds ? ' field--invalid' : ''}`}
        {...(errors.fields.attachmentIds ? { 'aria-describedby': `${ids}-attachments-error` } : {})}
      >
        <legend>{t('actions.log.form.attachments')}</legend>
        {attachments.length === 0 && localPhotos.length === 0 ? (
          <p className="muted">{t('actions.log.form.noAttachments')}</p>
        ) : (
          <ul className="plain-list action-attachments">
            {attachments.map((file) => (
              <li key={file.id}>
                {file.name}{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setAttachments((current) => current.filter((other) => other.id !== file.id))}
                >
                  {t('actions.log.form.remove', { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {offline.available && (!offline.online || localPhotos.length > 0) ? (
          <OfflinePhotoField
            label={t('actions.log.form.attach')}
            files={localPhotos}
            onChange={setLocalPhotos}
          />
        ) : (
          <FileUploadField
            key={chooserKey}
            partnershipId={partnershipId}
            label={t('actions.log.form.attach')}
            hint={t('actions.log.form.attachHint')}
            file={undefined}
            onChange={(file) => {
              if (!file) return;
              setAttachments((current) => [...current, file]);
              setChooserKey((key) => key + 1);
            }}
          />
        )}
        {errors.fields.attachmentIds && (
          <p id={`${ids}-attachments-error`} className="field__error">
            {errors.fields.attachmentIds}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('actions.log.form.submit')}
        </button>
      </div>
    </form>
  );
}
