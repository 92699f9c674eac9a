import {
  PARTNERSHIP_FORMS,
  PARTY_GOVERNANCES,
  type PartnershipForm,
  type PartyGovernance,
} from '@passerelle/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { Field, FormAlert } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { Schemas } from '../../../lib/api/client';
import { isOneOf } from '../../../lib/is-one-of';
import { useChangePartnershipForm } from '../api/change-partnership-form';
import { useSetPartyGovernance } from '../api/set-party-governance';
import { LegalBasisSummary } from './legal-basis-summary';
import { PartnershipFormSelect } from './partnership-form-select';

type Partnership = Schemas['PartnershipDto'];

/**
 * « Forme et cadre juridique » on the partnership's page: the form, what frames it in law and the criteria
 * that measure it; those who run the partnership change the form and state who leads each party.
 */
export function LegalVariantsPanel({ partnership, canRun }: { partnership: Partnership; canRun: boolean }) {
  const { t } = useTranslation();
  const form = isOneOf(PARTNERSHIP_FORMS, partnership.form) ? partnership.form : 'decentralised_cooperation';
  const editable = canRun && partnership.status !== 'terminated';
  return (
    <section className="panel" aria-labelledby="legal-variants-title">
      <h2 id="legal-variants-title">{t('legalVariants.title')}</h2>
      <p className="muted">{t('legalVariants.intro')}</p>
      <dl className="details">
        <dt>{t('legalVariants.form')}</dt>
        <dd>{t(`partnerships.forms.${form}`)}</dd>
        <dt>{t('legalVariants.legalBasis')}</dt>
        <dd>
          <LegalBasisSummary form={form} showCriteria />
        </dd>
      </dl>
      {editable && (
        <FormDialog openLabel={t('legalVariants.changeForm')} title={t('legalVariants.changeForm')}>
          {(done) => <ChangeFormForm partnership={partnership} current={form} onDone={done} />}
        </FormDialog>
      )}
      <h3>{t('legalVariants.governanceTitle')}</h3>
      <p className="muted">{t('legalVariants.governanceIntro')}</p>
      <ul className="plain-list">
        {partnership.parties.map((party) => (
          <li key={party.organisationId}>
            <GovernanceOfParty partnership={partnership} party={party} editable={editable} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeFormForm({
  partnership,
  current,
  onDone,
}: {
  partnership: Partnership;
  current: PartnershipForm;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const change = useChangePartnershipForm(partnership.id);
  const [form, setForm] = useState<PartnershipForm>(current);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { form, version: partnership.version },
      { onSuccess: () => onDone(t('legalVariants.formSaved')) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('legalVariants.changeForm')}>
      <FormAlert message={change.isError ? describeError(t, change.error) : undefined} />
      <PartnershipFormSelect
        label={t('legalVariants.changeForm')}
        hint={t('legalVariants.changeFormHint')}
        value={form}
        onChange={setForm}
      />
      {form !== current && <LegalBasisSummary form={form} />}
      <button type="submit" className="button" disabled={change.isPending || form === current}>
        {t('legalVariants.submitForm')}
      </button>
    </form>
  );
}

function GovernanceOfParty({
  partnership,
  party,
  editable,
}: {
  partnership: Partnership;
  party: Partnership['parties'][number];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const stored = isOneOf(PARTY_GOVERNANCES, party.governance) ? party.governance : 'elected_executive';
  const label = t('legalVariants.governance', { party: party.name });
  return (
    <>
      <p>
        {label} : {t(`legalVariants.governances.${stored}`)}
      </p>
      {editable && (
        <FormDialog
          openLabel={t('legalVariants.editGovernance')}
          openName={t('legalVariants.editGovernanceOf', { party: party.name })}
          title={label}
        >
          {(done) => <GovernanceForm partnership={partnership} party={party} stored={stored} onDone={done} />}
        </FormDialog>
      )}
    </>
  );
}

/** Says who leads one party: its own elected executive, or an executive the State appointed. */
function GovernanceForm({
  partnership,
  party,
  stored,
  onDone,
}: {
  partnership: Partnership;
  party: Partnership['parties'][number];
  stored: PartyGovernance;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const set = useSetPartyGovernance(partnership.id);
  const [governance, setGovernance] = useState<PartyGovernance>(stored);
  const label = t('legalVariants.governance', { party: party.name });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set.mutate(
      { organisationId: party.organisationId, governance, version: partnership.version },
      { onSuccess: () => onDone(t('legalVariants.governanceSaved')) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={label}>
      <FormAlert message={set.isError ? describeError(t, set.error) : undefined} />
      <Field label={label}>
        {(props) => (
          <select
            {...props}
            name={`governance-${party.organisationId}`}
            value={governance}
            onChange={(event) => {
              if (isOneOf(PARTY_GOVERNANCES, event.target.value)) setGovernance(event.target.value);
            }}
          >
            {PARTY_GOVERNANCES.map((value) => (
              <option key={value} value={value}>
                {t(`legalVariants.governances.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={set.isPending || governance === stored}>
        {t('legalVariants.submitGovernance')}
      </button>
    </form>
  );
}
