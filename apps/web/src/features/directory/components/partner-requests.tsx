import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { themeName } from '../../../components/ui/theme-name';
import { useClosePartnerRequest } from '../api/close-partner-request';
import { useCreatePartnerRequest } from '../api/create-partner-request';
import {
  usePartnerRequests,
  type PartnerRequest,
  type PartnerRequestFilters,
} from '../api/get-partner-requests';
import type { Theme } from '../api/search-directory';
import { ThemeCheckboxes } from '../../../components/ui/theme-checkboxes';

/**
 * Open requests for a partner (« we seek a partner for… »), newest first. The authority's own requests can
 * be closed, and those who may run partnerships post new ones.
 */
export function PartnerRequests({
  filters,
  organisationId,
  canRun,
}: {
  filters: PartnerRequestFilters;
  organisationId: string | undefined;
  canRun: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const requests = usePartnerRequests(filters);
  const close = useClosePartnerRequest();
  const [notice, setNotice] = useState<string | undefined>();
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];

  const closeRequest = (request: PartnerRequest) => {
    setNotice(undefined);
    close.mutate(
      { requestId: request.id, version: request.version },
      {
        onSuccess: () => {
          setNotice(t('partnerRequests.closed', { title: request.title }));
          headingRef.current?.focus();
        },
      },
    );
  };

  return (
    <>
      <section className="panel panel--section" aria-labelledby={titleId}>
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('partnerRequests.title')}
        </h2>
        <p className="muted">{t('partnerRequests.intro')}</p>
        <FormSuccess message={notice} />
        <FormAlert message={close.isError ? describeError(t, close.error) : undefined} />
        {requests.isPending && <p role="status">{t('common.loading')}</p>}
        {requests.isError && <p role="alert">{describeError(t, requests.error)}</p>}
        {requests.isSuccess &&
          (items.length === 0 ? (
            <p>{t('partnerRequests.empty')}</p>
          ) : (
            <ul className="directory-list">
              {items.map((request) => (
                <PartnerRequestCard
                  key={request.id}
                  request={request}
                  own={request.organisationId === organisationId}
                  canClose={canRun && request.organisationId === organisationId && request.status === 'open'}
                  closing={close.isPending}
                  onClose={() => closeRequest(request)}
                />
              ))}
            </ul>
          ))}
        {requests.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={requests.isFetchingNextPage}
            onClick={() => void requests.fetchNextPage()}
          >
            {t('partnerRequests.more')}
          </button>
        )}
      </section>
      {canRun && <PartnerRequestForm />}
    </>
  );
}

function PartnerRequestCard({
  request,
  own,
  canClose,
  closing,
  onClose,
}: {
  request: PartnerRequest;
  own: boolean;
  canClose: boolean;
  closing: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <li className="directory-card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="directory-card__name">
          {request.title}
        </h3>
        <p className="muted">
          {t('partnerRequests.byline', {
            organisation: request.organisationName,
            country: countryName(request.countryCode, i18n.language),
            date: formatDay(request.createdAt, i18n.language),
          })}
          {own && (
            <>
              {' '}
              <span className="badge">{t('partnerRequests.yours')}</span>
            </>
          )}
        </p>
        {request.themes.length > 0 && (
          <p>
            {t('partnerRequests.themes', {
              themes: request.themes.map((theme) => themeName(t, theme)).join(', '),
            })}
          </p>
        )}
        <p className="directory-card__text">{request.description}</p>
        {canClose && (
          <button type="button" className="button button--small" disabled={closing} onClick={onClose}>
            {t('partnerRequests.close', { title: request.title })}
          </button>
        )}
      </article>
    </li>
  );
}

const FIELDS = ['title', 'description', 'themes'] as const;

interface Values {
  title: string;
  description: string;
  themes: Theme[];
}

const EMPTY: Values = { title: '', description: '', themes: [] };

/** Posts a request for a partner on some themes, in the authority's name. */
function PartnerRequestForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const create = useCreatePartnerRequest();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [published, setPublished] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, create.error);
  const errors = describeFormErrors(t, create.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPublished(undefined);
    const title = values.title.trim();
    create.mutate(
      { title, description: values.description.trim(), themes: values.themes },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setPublished(t('partnerRequests.published', { title }));
        },
      },
    );
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('partnerRequests.formTitle')}</h2>
      <p className="muted">{t('partnerRequests.formIntro')}</p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={published} />
        <Field label={t('partnerRequests.requestTitle')} error={errors.fields.title}>
          {(props) => (
            <input
              {...props}
              name="title"
              required
              maxLength={200}
              autoComplete="off"
              value={values.title}
              onChange={(event) => setValues((current) => ({ ...current, title: event.target.value }))}
            />
          )}
        </Field>
        <Field label={t('partnerRequests.description')} error={errors.fields.description}>
          {(props) => (
            <textarea
              {...props}
              name="description"
              required
              rows={5}
              maxLength={4000}
              value={values.description}
              onChange={(event) => setValues((current) => ({ ...current, description: event.target.value }))}
            />
          )}
        </Field>
        <ThemeCheckboxes
          legend={t('partnerRequests.themesLabel')}
          hint={t('partnerRequests.themesHint')}
          error={errors.fields.themes}
          name="themes"
          value={values.themes}
          onChange={(themes) => setValues((current) => ({ ...current, themes }))}
        />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('partnerRequests.submit')}
        </button>
      </form>
    </section>
  );
}
