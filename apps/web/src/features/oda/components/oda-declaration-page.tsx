import { dacName, interfaceLanguageOf, ODA_CHANNELS } from '@passerelle/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { Field } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import { actionPath } from '../../../lib/partnership-paths';
import {
  odaDeclarationExportHref,
  useOdaCodeLists,
  useOdaDeclaration,
  type DeclarationIssue,
  type OdaDeclaration,
} from '../api/get-oda-declaration';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';

/** The campaign of year N declares what was paid in N − 1: that year comes first, then the ones around it. */
function yearsOffered(today: Date): number[] {
  const last = today.getFullYear() - 1;
  return [last + 1, last, last - 1, last - 2, last - 3];
}

function formatEuros(amount: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' }).format(amount);
}

/**
 * The annual declaration of the authority's official development assistance: what it paid in a year by
 * country, channel and sector, what to complete first (each with a link to the action that fixes it), and
 * the XLSX and CSV exports to carry into the ministry's form.
 */
export function OdaDeclarationPage() {
  const { t, i18n } = useTranslation();
  const years = yearsOffered(new Date());
  const [year, setYear] = useState(years[1] ?? new Date().getFullYear() - 1);
  const declaration = useOdaDeclaration(year);
  return (
    <>
      <h1>{t('oda.title')}</h1>
      <p className="lead">{t('oda.intro')}</p>
      <div className="form">
        <Field label={t('oda.year')}>
          {(props) => (
            <select {...props} value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {years.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {declaration.isPending && <p role="status">{t('common.loading')}</p>}
      {declaration.isError && <p role="alert">{describeError(t, declaration.error)}</p>}
      {declaration.data && (
        <>
          <DeclarationIssues
            issues={declaration.data.issues}
            iatiIdentifier={declaration.data.iatiIdentifier}
          />
          <DeclarationTotals declaration={declaration.data} />
          <section className="panel panel--section" aria-labelledby="oda-export">
            <h2 id="oda-export">{t('oda.export.title')}</h2>
            <p className="muted">{t('oda.export.hint')}</p>
            <div className="actions">
              <a className="button" href={odaDeclarationExportHref(year, 'xlsx', i18n.language)} download>
                {t('oda.export.xlsx')}
              </a>
              <a className="button" href={odaDeclarationExportHref(year, 'csv', i18n.language)} download>
                {t('oda.export.csv')}
              </a>
            </div>
          </section>
        </>
      )}
    </>
  );
}

function DeclarationIssues({
  issues,
  iatiIdentifier,
}: {
  issues: DeclarationIssue[];
  iatiIdentifier: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel panel--section" aria-labelledby="oda-issues">
      <h2 id="oda-issues">{t('oda.issues.title', { count: issues.length })}</h2>
      {issues.length === 0 ? (
        <p>{t('oda.issues.none')}</p>
      ) : (
        <ul className="oda-issues" aria-labelledby="oda-issues">
          {issues.map((issue, index) => (
            <li key={`${issue.code}-${issue.actionId}-${issue.lineId ?? ''}-${issue.country ?? ''}-${index}`}>
              <strong>
                {t(`oda.issues.codes.${issue.code}`, {
                  country: countryName(issue.country ?? '', i18n.language),
                })}
              </strong>
              {' — '}
              <Link
                to={actionPath(issue.partnershipId, issue.actionId, issue.lineId === null ? 'oda' : 'budget')}
              >
                {issue.actionTitle}
              </Link>
              <span className="muted"> ({issue.partnershipName})</span>
            </li>
          ))}
        </ul>
      )}
      {iatiIdentifier === null && <p className="muted">{t('oda.issues.iatiMissing')}</p>}
    </section>
  );
}

function DeclarationTotals({ declaration }: { declaration: OdaDeclaration }) {
  const { t, i18n } = useTranslation();
  const codeLists = useOdaCodeLists();
  const sectorName = (code: string) => {
    const sector = codeLists.data?.sectors.find((candidate) => candidate.code === code);
    return sector
      ? dacName({ fr: sector.nameFr, en: sector.nameEn }, interfaceLanguageOf(i18n.language))
      : code;
  };
  const eligible = new Map(declaration.rows.map((row) => [row.country, row.odaEligible]));
  const euros = (amount: number) => formatEuros(amount, i18n.language);
  const channelName = (key: string | null) => {
    const channel = key ?? '';
    return isOneOf(ODA_CHANNELS, channel) ? t(`oda.channels.${channel}`) : t('oda.totals.unstated');
  };
  return (
    <section className="panel panel--section" aria-labelledby="oda-totals">
      <h2 id="oda-totals">{t('oda.totals.title', { total: euros(declaration.total) })}</h2>
      {declaration.byCountry.length === 0 ? (
        <p className="muted">{t('oda.totals.empty')}</p>
      ) : (
        <>
          <SubtotalTable
            label={t('oda.totals.byCountry')}
            keyHeader={t('oda.totals.country')}
            rows={declaration.byCountry.map((item) => ({
              key: String(item.key),
              name:
                item.key === null
                  ? t('oda.totals.unallocated')
                  : `${countryName(item.key, i18n.language)}${eligible.get(item.key) === false ? ` (${t('oda.totals.notEligible')})` : ''}`,
              amount: euros(item.amount),
            }))}
          />
          <SubtotalTable
            label={t('oda.totals.byChannel')}
            keyHeader={t('oda.totals.channel')}
            rows={declaration.byChannel.map((item) => ({
              key: String(item.key),
              name: channelName(item.key),
              amount: euros(item.amount),
            }))}
          />
          <SubtotalTable
            label={t('oda.totals.bySector')}
            keyHeader={t('oda.totals.sector')}
            rows={declaration.bySector.map((item) => ({
              key: String(item.key),
              name: item.key === null ? t('oda.totals.unstated') : `${item.key} · ${sectorName(item.key)}`,
              amount: euros(item.amount),
            }))}
          />
        </>
      )}
    </section>
  );
}

function SubtotalTable({
  label,
  keyHeader,
  rows,
}: {
  label: string;
  keyHeader: string;
  rows: Array<{ key: string; name: string; amount: string }>;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={label}>
      <table className="table" aria-label={label}>
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col">{t('oda.totals.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td>{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
