import { CALL_RULE_KINDS } from '@passerelle/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { DateField, Field, FormAlert, FormSuccess } from '../../../components/ui/form';
import { TableScroll } from '../../../components/ui/table-scroll';
import { useCreateFundingCall } from '../api/create-funding-call';
import {
  useFundingCalls,
  type CallRuleKind,
  type FundingCall,
  type FundingCallInput,
} from '../api/get-funding-calls';
import { formatEuros, formatShare, parseAmount } from './funding-format';
import './funding.css';

const FUNDER_KINDS = [
  'ministry_call',
  'development_agency',
  'european_union',
  'other_authority',
  'one_percent_solidarity',
  'other',
] as const satisfies readonly FundingCallInput['funder'][];

/** The authority's calls for projects: their dates, rules with sources, applications; a form to add one. */
export function FundingCallsPage({ canRun }: { canRun: boolean }) {
  const { t } = useTranslation();
  const calls = useFundingCalls();
  return (
    <>
      <h1>{t('fundingCalls.title')}</h1>
      <p>{t('fundingCalls.intro')}</p>
      {calls.isPending && <p role="status">{t('fundingCalls.loading')}</p>}
      {calls.isError && <p role="alert">{describeError(t, calls.error)}</p>}
      {calls.isSuccess && <CallsTable calls={calls.data.calls} />}
      {canRun ? <CallForm /> : <p className="callout">{t('fundingCalls.readOnly')}</p>}
    </>
  );
}

function ruleValue(rule: FundingCall['rules'][number], language: string): string {
  if (rule.kind === 'max_requested_amount') return formatEuros(rule.amount ?? 0, language);
  return formatShare(rule.share ?? 0, language);
}

function CallsTable({ calls }: { calls: FundingCall[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (calls.length === 0) return <p className="muted">{t('fundingCalls.none')}</p>;
  return (
    <TableScroll label={t('fundingCalls.listLabel')}>
      <table className="table" aria-label={t('fundingCalls.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('fundingCalls.name')}</th>
            <th scope="col">{t('fundingCalls.funder')}</th>
            <th scope="col">{t('fundingCalls.dates')}</th>
            <th scope="col">{t('fundingCalls.rules')}</th>
            <th scope="col">{t('fundingCalls.applications')}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id}>
              <th scope="row" className="link-line">
                {call.link ? (
                  <a href={call.link} rel="noreferrer noopener" target="_blank">
                    {call.name}
                  </a>
                ) : (
                  call.name
                )}
              </th>
              <td>
                {call.funderName}
                <br />
                <span className="muted">{t(`fundingCalls.funderKinds.${call.funder}`)}</span>
              </td>
              <td>
                {t('fundingCalls.datesValue', {
                  opens: formatCalendarDate(call.opensOn, language),
                  closes: formatCalendarDate(call.closesOn, language),
                })}
              </td>
              <td>
                {call.rules.length === 0 ? (
                  <span className="muted">{t('fundingCalls.noRule')}</span>
                ) : (
                  <ul>
                    {call.rules.map((rule) => (
                      <li key={rule.kind}>
                        {t(`fundingCalls.ruleText.${rule.kind as CallRuleKind}`, {
                          value: ruleValue(rule, language),
                        })}{' '}
                        {rule.source && (
                          <span className="muted">
                            {t('fundingCalls.ruleSource', { source: rule.source })}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{call.applications}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type RuleDrafts = Record<CallRuleKind, { value: string; source: string }>;
const EMPTY_RULES = Object.fromEntries(
  CALL_RULE_KINDS.map((kind) => [kind, { value: '', source: '' }]),
) as RuleDrafts;

/** A rule typed in: a percentage for a share (20 → 0.2), euros for an amount; none when left empty. */
function rulesOf(drafts: RuleDrafts): FundingCallInput['rules'] | undefined {
  const rules: FundingCallInput['rules'] = [];
  for (const kind of CALL_RULE_KINDS) {
    const draft = drafts[kind];
    if (draft.value.trim() === '') continue;
    const value = parseAmount(draft.value);
    if (value === undefined) return undefined;
    rules.push(
      kind === 'max_requested_amount'
        ? { kind, amount: value, source: draft.source.trim() }
        : { kind, share: Math.round(value * 100) / 10_000, source: draft.source.trim() },
    );
  }
  return rules;
}

function CallForm() {
  const { t } = useTranslation();
  const create = useCreateFundingCall();
  const [funder, setFunder] = useState<FundingCallInput['funder']>('ministry_call');
  const [funderName, setFunderName] = useState('');
  const [name, setName] = useState('');
  const [link, setLink] = useState('');
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [rules, setRules] = useState<RuleDrafts>(EMPTY_RULES);
  const [local, setLocal] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const errors = describeFormErrors(t, create.error, ['funderName', 'name', 'link', 'opensOn', 'closesOn']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const parsed = rulesOf(rules);
    if (!parsed) return setLocal(t('validation.invalid'));
    setLocal(undefined);
    create.mutate(
      { funder, funderName, name, link: link.trim() || null, opensOn, closesOn, rules: parsed },
      {
        onSuccess: () => {
          setName('');
          setRules(EMPTY_RULES);
          setNotice(t('fundingCalls.form.done'));
        },
      },
    );
  };
  const setRule = (kind: CallRuleKind, field: 'value' | 'source', value: string) =>
    setRules((current) => ({ ...current, [kind]: { ...current[kind], [field]: value } }));
  return (
    <form className="form card" noValidate onSubmit={submit} aria-labelledby="funding-call-form-title">
      <h2 id="funding-call-form-title">{t('fundingCalls.form.title')}</h2>
      <FormAlert message={local ?? errors.form} />
      <FormSuccess message={notice} />
      <div className="form__row">
        <Field label={t('fundingCalls.form.funderKind')}>
          {(props) => (
            <select
              {...props}
              value={funder}
              onChange={(e) => setFunder(e.target.value as FundingCallInput['funder'])}
            >
              {FUNDER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`fundingCalls.funderKinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('fundingCalls.form.funderName')} error={errors.fields.funderName}>
          {(props) => (
            <input
              {...props}
              required
              maxLength={200}
              value={funderName}
              onChange={(e) => setFunderName(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('fundingCalls.form.name')} error={errors.fields.name}>
        {(props) => (
          <input {...props} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field label={t('fundingCalls.form.link')} error={errors.fields.link}>
        {(props) => (
          <input
            {...props}
            type="url"
            maxLength={500}
            value={link}
            onChange={(e) => setLink(e.target.value)}
          />
        )}
      </Field>
      <div className="form__row">
        <DateField
          label={t('fundingCalls.form.opensOn')}
          value={opensOn}
          onChange={setOpensOn}
          error={errors.fields.opensOn}
        />
        <DateField
          label={t('fundingCalls.form.closesOn')}
          value={closesOn}
          onChange={setClosesOn}
          error={errors.fields.closesOn}
        />
      </div>
      <fieldset>
        <legend>{t('fundingCalls.form.rulesTitle')}</legend>
        {CALL_RULE_KINDS.map((kind) => (
          <div className="form__row" key={kind}>
            <Field
              label={t(`fundingCalls.ruleText.${kind}`, { value: '…' })}
              hint={t(
                kind === 'max_requested_amount'
                  ? 'fundingCalls.form.ruleAmountHint'
                  : 'fundingCalls.form.ruleShareHint',
              )}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  value={rules[kind].value}
                  onChange={(e) => setRule(kind, 'value', e.target.value)}
                />
              )}
            </Field>
            <Field label={t('fundingCalls.form.ruleSource')}>
              {(props) => (
                <input
                  {...props}
                  maxLength={300}
                  value={rules[kind].source}
                  onChange={(e) => setRule(kind, 'source', e.target.value)}
                />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('fundingCalls.form.submit')}
        </button>
      </div>
    </form>
  );
}
