import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { Field, FormSuccess } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { useCreateCalendarFeed } from '../api/create-calendar-feed';
import { useCalendarFeed, type CalendarFeed, type CreatedCalendarFeed } from '../api/get-calendar-feed';
import { useRevokeCalendarFeed } from '../api/revoke-calendar-feed';

/**
 * The personal calendar feed: whether an address works, making one (or a new one, which stops the old),
 * revoking it. A new address is shown once, to copy: the API keeps only a fingerprint of its secret.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const id = useId();
  const feed = useCalendarFeed();
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section className="panel panel--section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('reminderSettings.calendarTitle')}
      </h2>
      <p className="muted">{t('reminderSettings.calendarIntro')}</p>
      {feed.isPending && <p role="status">{t('common.loading')}</p>}
      {feed.isError && <p role="alert">{describeError(t, feed.error)}</p>}
      {feed.data && <CalendarFeedControls feed={feed.data} onRevoked={() => headingRef.current?.focus()} />}
      <SubscribeInstructions />
    </section>
  );
}

function CalendarFeedControls({ feed, onRevoked }: { feed: CalendarFeed; onRevoked: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CreatedCalendarFeed | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const failure = create.error ?? revoke.error;

  const makeAddress = () => {
    const replacing = feed.active;
    setNotice(undefined);
    revoke.reset();
    create.mutate(undefined, {
      onSuccess: (made) => {
        setCreated(made);
        setNotice(t(replacing ? 'reminderSettings.calendarReplaced' : 'reminderSettings.calendarCreated'));
      },
    });
  };

  const revokeAddress = () => {
    setNotice(undefined);
    create.reset();
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreated(undefined);
        setNotice(t('reminderSettings.calendarRevoked'));
        onRevoked();
      },
    });
  };

  const busy = create.isPending || revoke.isPending;
  return (
    <>
      <p>
        {feed.active && feed.createdAt
          ? t('reminderSettings.calendarActive', { date: formatDay(feed.createdAt, i18n.language) })
          : t('reminderSettings.calendarNone')}
      </p>
      <FormSuccess message={notice} />
      {failure && <p role="alert">{describeError(t, failure)}</p>}
      {created && <CreatedAddress feed={created} />}
      {feed.active ? (
        <div className="calendar-feed-actions">
          <p>
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-replace`}
              disabled={busy}
              onClick={makeAddress}
            >
              {t('reminderSettings.calendarReplace')}
            </button>{' '}
            <span id={`${id}-replace`} className="field__hint">
              {t('reminderSettings.calendarReplaceHint')}
            </span>
          </p>
          <p>
            <button
              type="button"
              className="button"
              aria-describedby={`${id}-revoke`}
              disabled={busy}
              onClick={revokeAddress}
            >
              {t('reminderSettings.calendarRevoke')}
            </button>{' '}
            <span id={`${id}-revoke`} className="field__hint">
              {t('reminderSettings.calendarRevokeHint')}
            </span>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--primary" disabled={busy} onClick={makeAddress}>
            {t('reminderSettings.calendarCreate')}
          </button>
        </p>
      )}
    </>
  );
}

/** The address just made, selected for copying, with a copy button and a webcal: link. */
function CreatedAddress({ feed }: { feed: CreatedCalendarFeed }) {
  const { t } = useTranslation();
  const urlRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | undefined>();
  // The user came for this address: put them on it, ready to copy.
  useEffect(() => urlRef.current?.focus(), [feed]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed.url);
      setCopied(t('reminderSettings.calendarCopied'));
    } catch {
      setCopied(t('reminderSettings.calendarCopyFailed'));
    }
  };

  return (
    <div className="share-link-created">
      <Field label={t('reminderSettings.calendarUrl')} hint={t('reminderSettings.calendarUrlHint')}>
        {(props) => (
          <input
            {...props}
            ref={urlRef}
            type="url"
            readOnly
            value={feed.url}
            onFocus={(event) => event.target.select()}
          />
        )}
      </Field>
      <div className="actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('reminderSettings.calendarCopy')}
        </button>
        <a className="button button--quiet" href={feed.webcalUrl}>
          {t('reminderSettings.calendarOpen')}
        </a>
      </div>
      <FormSuccess message={copied} />
    </div>
  );
}

function SubscribeInstructions() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <h3 id={`${id}-title`}>{t('reminderSettings.subscribeTitle')}</h3>
      <ul aria-labelledby={`${id}-title`}>
        <li>{t('reminderSettings.subscribeOutlook')}</li>
        <li>{t('reminderSettings.subscribeThunderbird')}</li>
        <li>{t('reminderSettings.subscribeGoogle')}</li>
      </ul>
    </>
  );
}
