import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { isOneOf } from '../../../lib/is-one-of';
import { PRESENTATION_SECTION_IDS } from '../../../lib/partnership-paths';
import { useCreateShareLink } from '../api/create-share-link';
import type { PresentationLanguage } from '../api/get-presentation';
import { useShareLinks, type CreatedShareLink, type ShareLink } from '../api/get-share-links';
import { useRevokeShareLink } from '../api/revoke-share-link';

const FIELDS = ['language', 'expiresInDays'] as const;
const DEFAULT_DAYS = '30';
const MAX_DAYS = 90;

function currentTime(): number {
  return Date.now();
}

type LinkState = 'active' | 'expired' | 'revoked';

function stateOf(link: ShareLink, now: number): LinkState {
  if (link.revokedAt) return 'revoked';
  return new Date(link.expiresAt).getTime() <= now ? 'expired' : 'active';
}

/**
 * Read-only links to the presentation for a candidate authority, which needs no account: each one in a
 * language, expiring after the days chosen, withdrawable at any time. A new link's address is shown once,
 * to copy: the API keeps only its fingerprint.
 */
export function ShareLinks({
  partnershipId,
  canWrite,
  languages,
}: {
  partnershipId: string;
  canWrite: boolean;
  /** The languages the presentation has text in: a link in another would show a blank page. */
  languages: readonly PresentationLanguage[];
}) {
  const { t, i18n } = useTranslation();
  const links = useShareLinks(partnershipId);
  const create = useCreateShareLink(partnershipId);
  const revoke = useRevokeShareLink(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [chosenLanguage, setLanguage] = useState<PresentationLanguage | undefined>();
  const language = chosenLanguage && languages.includes(chosenLanguage) ? chosenLanguage : languages[0];
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [created, setCreated] = useState<CreatedShareLink | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [now] = useState(currentTime);
  useFocusFirstInvalidField(formRef, create.error);
  const errors = describeFormErrors(t, create.error, FIELDS);
  const titleId = PRESENTATION_SECTION_IDS.shareLinks;
  const day = (instant: string) => formatDay(instant, i18n.language);
  const languageName = (code: PresentationLanguage) => t(`presentation.languages.${code}`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(undefined);
    setCopied(undefined);
    setNotice(undefined);
    const expiresInDays = days.trim() === '' ? Number.NaN : Number(days);
    if (!language) return;
    create.mutate(
      { language, expiresInDays: Number.isFinite(expiresInDays) ? expiresInDays : 0 },
      { onSuccess: (link) => setCreated(link) },
    );
  };

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('shareLinks.copied'));
    } catch {
      setCopied(t('shareLinks.copyFailed'));
    }
  };

  const withdraw = (link: ShareLink) => {
    setNotice(undefined);
    revoke.mutate(link.id, {
      onSuccess: () => {
        if (created?.id === link.id) setCreated(undefined);
        setNotice(t('shareLinks.revoked', { date: day(link.createdAt) }));
        headingRef.current?.focus();
      },
    });
  };

  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="anchor-target">
        {t('shareLinks.title')}
      </h2>
      <p className="muted">{t('shareLinks.intro')}</p>
      {canWrite && !language && <p className="muted">{t('shareLinks.noTextYet')}</p>}
      {canWrite && language && (
        <form ref={formRef} className="form" onSubmit={submit} noValidate>
          <FormAlert message={errors.form} />
          <div className="form__row">
            <Field label={t('shareLinks.language')} error={errors.fields.language}>
              {(props) => (
                <select
                  {...props}
                  name="language"
                  value={language}
                  onChange={(event) => {
                    const next = event.target.value;
                    if (isOneOf(languages, next)) setLanguage(next);
                  }}
                >
                  {languages.map((code) => (
                    <option key={code} value={code}>
                      {languageName(code)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('shareLinks.days')}
              hint={t('shareLinks.daysHint', { max: MAX_DAYS })}
              error={errors.fields.expiresInDays}
            >
              {(props) => (
                <input
                  {...props}
                  type="number"
                  name="expiresInDays"
                  inputMode="numeric"
                  min={1}
                  max={MAX_DAYS}
                  step={1}
                  required
                  className="input--short"
                  value={days}
                  onChange={(event) => setDays(event.target.value)}
                />
              )}
            </Field>
          </div>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('shareLinks.create')}
          </button>
        </form>
      )}
      {created && (
        <div className="share-link-created">
          <FormSuccess
            message={t('shareLinks.created', {
              language: languageName(created.language),
              date: day(created.expiresAt),
            })}
          />
          <Field label={t('shareLinks.url')} hint={t('shareLinks.urlHint')}>
            {(props) => (
              <input
                {...props}
                type="url"
                readOnly
                value={created.url}
                onFocus={(event) => event.target.select()}
              />
            )}
          </Field>
          <div className="actions">
            <button type="button" className="button" onClick={() => void copy(created.url)}>
              {t('shareLinks.copy')}
            </button>
          </div>
          <FormSuccess message={copied} />
        </div>
      )}
      <FormSuccess message={notice} />
      {revoke.isError && <p role="alert">{describeError(t, revoke.error)}</p>}
      <h3>{t('shareLinks.listTitle')}</h3>
      {links.isPending && <p role="status">{t('common.loading')}</p>}
      {links.isError && <p role="alert">{describeError(t, links.error)}</p>}
      {links.data &&
        (links.data.items.length === 0 ? (
          <p>{t('shareLinks.empty')}</p>
        ) : (
          <ul className="share-links" aria-label={t('shareLinks.listTitle')}>
            {links.data.items.map((link) => {
              const state = stateOf(link, now);
              return (
                <ShareLinkItem
                  key={link.id}
                  link={link}
                  state={state}
                  canRevoke={canWrite && state === 'active'}
                  revoking={revoke.isPending}
                  onRevoke={() => withdraw(link)}
                />
              );
            })}
          </ul>
        ))}
    </section>
  );
}

/**
 * One link: its day and language, its state and expiry. Links made the same day share a button name; the
 * button is described by its link's language and expiry to tell them apart.
 */
function ShareLinkItem({
  link,
  state,
  canRevoke,
  revoking,
  onRevoke,
}: {
  link: ShareLink;
  state: LinkState;
  canRevoke: boolean;
  revoking: boolean;
  onRevoke: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const day = (instant: string) => formatDay(instant, i18n.language);
  return (
    <li className={`share-link share-link--${state}`}>
      <p id={`${id}-summary`} className="share-link__summary">
        {t('shareLinks.summary', {
          language: t(`presentation.languages.${link.language}`),
          created: day(link.createdAt),
        })}{' '}
        <span className={`badge badge--link-${state}`}>{t(`shareLinks.states.${state}`)}</span>
      </p>
      <p id={`${id}-expiry`} className="muted">
        {state === 'revoked' && link.revokedAt
          ? t('shareLinks.revokedOn', { date: day(link.revokedAt) })
          : state === 'expired'
            ? t('shareLinks.expiredOn', { date: day(link.expiresAt) })
            : t('shareLinks.expiresOn', { date: day(link.expiresAt) })}
      </p>
      {canRevoke && (
        <button
          type="button"
          className="button button--small"
          aria-describedby={`${id}-summary ${id}-expiry`}
          disabled={revoking}
          onClick={onRevoke}
        >
          {t('shareLinks.revoke', { date: day(link.createdAt) })}
        </button>
      )}
    </li>
  );
}
