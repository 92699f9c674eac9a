import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../lib/i18n/i18n';
import { funderReportHref, type FunderReportChoice } from '../api/funder-report-href';
import type { FundingApplication } from '../api/get-action-funding';

const KINDS = ['interim', 'final'] as const;
const FORMATS = [
  ['pdf', 'PDF'],
  ['xlsx', 'XLSX'],
] as const;

/** A language named in itself ("English", "العربية"), as the funder's reader would look for it. */
function nameInItself(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/**
 * Downloads of the interim and final reports on a granted application, as PDF or XLSX, in the language and
 * layout chosen: the reader's language and, for the ministry's calls, the ministry's layout, by default.
 */
export function FunderReportLinks({
  partnershipId,
  application,
}: {
  partnershipId: string;
  application: Pick<FundingApplication, 'id' | 'call'>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const [language, setLanguage] = useState<Language>(isLanguage(current) ? current : 'fr');
  const [layout, setLayout] = useState<FunderReportChoice['layout']>(
    application.call.funder === 'ministry_call' ? 'daect' : 'generic',
  );
  return (
    <section aria-labelledby={`${id}-title`} className="funder-reports">
      <h5 id={`${id}-title`}>{t('funderReports.title')}</h5>
      <p className="muted">{t('funderReports.intro')}</p>
      <div className="form__row">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('funderReports.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(event) => {
              if (isLanguage(event.target.value)) setLanguage(event.target.value);
            }}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {nameInItself(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-layout`}>{t('funderReports.layout')}</label>
          <select
            id={`${id}-layout`}
            value={layout}
            onChange={(event) => setLayout(event.target.value === 'daect' ? 'daect' : 'generic')}
          >
            <option value="generic">{t('funderReports.layouts.generic')}</option>
            <option value="daect">{t('funderReports.layouts.daect')}</option>
          </select>
        </div>
      </div>
      <ul aria-label={t('funderReports.listLabel', { call: application.call.name })}>
        {KINDS.map((kind) => (
          <li key={kind}>
            {t('funderReports.kindLine', { report: t(`funderReports.kinds.${kind}`) })}{' '}
            {FORMATS.map(([format, label], index) => (
              <span key={format}>
                {index > 0 && ' · '}
                <a
                  href={funderReportHref(partnershipId, application.id, { kind, format, language, layout })}
                  download
                  hrefLang={language}
                  aria-label={t(`funderReports.download.${kind}`, { format: label })}
                >
                  {label}
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
