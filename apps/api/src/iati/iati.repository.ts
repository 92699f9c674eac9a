import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Action,
  BudgetLine,
  IatiAction,
  IatiParty,
  IatiPartnership,
  Indicator,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { actionPartsOf } from '../lifecycle/part-statements';
import { decodeRecords } from '../lifecycle/records-codec';
import {
  measurementOf,
  MEASUREMENTS_OF_PARTNERSHIP,
  type MeasurementRow,
} from '../partnership-records/action-records.repository';

interface PartnershipRow {
  id: string;
  name: string;
  parties: IatiParty[];
  actions: Array<{
    key: string;
    content: unknown;
    parts: { budgetLines: Array<{ c: BudgetLine }> | null; indicators: Array<{ c: unknown }> | null };
  }> | null;
  measurements: MeasurementRow[] | null;
}

export interface IatiReporterRow extends IatiParty {
  languages: string[];
  timeZone: string;
}

/**
 * Reads what an authority's IATI file is made of: every partnership it is a party to, with its parties (their
 * country and IATI identifier), its actions with their budget lines and indicators (rows of their own,
 * docs/adr/0011-records-as-rows.md) and the indicators' measurements.
 */
@Injectable()
export class IatiRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async reporter(organisationId: string): Promise<IatiReporterRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id AS "organisationId", name, country_code AS "countryCode", iati_identifier AS "iatiIdentifier",
              languages, time_zone AS "timeZone"
         FROM organisation WHERE id = $1`,
      [organisationId],
    )) as IatiReporterRow[];
    return row ?? null;
  }

  async partnershipsOf(organisationId: string): Promise<IatiPartnership[]> {
    const rows: PartnershipRow[] = await this.dataSource.query(
      `SELECT partnership.id, partnership.title AS name,
              (SELECT json_agg(json_build_object('organisationId', organisation.id, 'name', organisation.name,
                        'countryCode', organisation.country_code, 'iatiIdentifier', organisation.iati_identifier)
                        ORDER BY party.joined_at, organisation.id)
                 FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
                WHERE party.partnership_id = partnership.id) AS parties,
              (SELECT json_agg(json_build_object('key', action.record_key, 'content', action.content,
                        'parts', ${actionPartsOf('action')}) ORDER BY action.position)
                 FROM joint_action action WHERE action.partnership_id = partnership.id) AS actions,
              (${MEASUREMENTS_OF_PARTNERSHIP}) AS measurements
         FROM partnership
        WHERE EXISTS (SELECT 1 FROM partnership_party me
                       WHERE me.partnership_id = partnership.id AND me.organisation_id = $1)
        ORDER BY partnership.title, partnership.id`,
      [organisationId],
    );
    return rows.map(partnershipOf);
  }
}

function partnershipOf(row: PartnershipRow): IatiPartnership {
  const measurements = row.measurements ?? [];
  return {
    id: row.id,
    name: row.name,
    parties: row.parties,
    actions: (row.actions ?? []).map((stored): IatiAction => {
      const action = decodeRecords<Omit<Action, 'budget' | 'indicators'>>(stored.content);
      const indicators = (stored.parts.indicators ?? []).map(({ c }) => {
        const indicator = decodeRecords<Omit<Indicator, 'measurements'>>(c);
        return {
          ...indicator,
          measurements: measurements
            .filter((row) => row.action_id === stored.key && row.indicator_id === indicator.id)
            .map((row) => {
              const { measurement } = measurementOf(row);
              return { ...measurement, on: measurement.on.slice(0, 10) };
            }),
        };
      });
      return {
        ...action,
        id: stored.key,
        budget: (stored.parts.budgetLines ?? []).map(({ c }) => c),
        indicators,
      };
    }),
  };
}
