import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Action, BudgetLine, DeclaredAction } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { actionPartsOf } from '../lifecycle/part-statements';
import { decodeRecords } from '../lifecycle/records-codec';

interface DeclaredActionRow {
  partnershipId: string;
  partnershipName: string;
  actionKey: string;
  content: unknown;
  parts: { budgetLines: Array<{ c: BudgetLine }> | null };
  countries: Record<string, string>;
}

/**
 * Reads, across every partnership of an authority, the actions it funds from its own budget, with their
 * budget lines (columns of their own, docs/adr/0011-records-as-rows.md) and the country of each party.
 */
@Injectable()
export class OdaDeclarationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async actionsFundedBy(organisationId: string): Promise<DeclaredAction[]> {
    const rows: DeclaredActionRow[] = await this.dataSource.query(
      `SELECT action.partnership_id AS "partnershipId", partnership.title AS "partnershipName",
              action.record_key AS "actionKey", action.content, ${actionPartsOf('action')} AS parts,
              (SELECT json_object_agg(party.organisation_id, organisation.country_code)
                 FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
                WHERE party.partnership_id = action.partnership_id) AS countries
         FROM joint_action action
         JOIN partnership ON partnership.id = action.partnership_id
        WHERE EXISTS (SELECT 1 FROM partnership_party me
                       WHERE me.partnership_id = action.partnership_id AND me.organisation_id = $1)
          AND EXISTS (SELECT 1 FROM action_budget_line line
                       WHERE line.partnership_id = action.partnership_id AND line.action_key = action.record_key
                         AND line.party_id = $1 AND line.funder = 'own_budget')
        ORDER BY partnership.title, action.partnership_id, action.position`,
      [organisationId],
    );
    return rows.map((row) => declaredAction(row, organisationId));
  }
}

function declaredAction(row: DeclaredActionRow, declarant: string): DeclaredAction {
  const action = decodeRecords<Omit<Action, 'budget' | 'indicators'>>(row.content);
  const recipients = action.locatedIn
    .filter((partyId) => partyId !== declarant)
    .map((partyId) => row.countries[partyId])
    .filter((country): country is string => country !== undefined);
  return {
    partnershipId: row.partnershipId,
    partnershipName: row.partnershipName,
    id: row.actionKey,
    title: action.title,
    description: action.description,
    objectives: action.objectives,
    sectors: action.sectors,
    markers: action.markers,
    // Two partner authorities of one country are one recipient country.
    recipientCountries: [...new Set(recipients)],
    budget: (row.parts.budgetLines ?? []).map((record) => record.c),
  };
}
