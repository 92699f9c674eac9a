import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { PARTNERSHIP_PART_TABLES } from './partnership-part-tables';
import { PartnershipEntity } from './partnership.entity';

// The records of a partnership's parts, one table per part (docs/adr/0011-records-as-rows.md). Every table of
// a listed part has the same shape, and so has every single part's: the classes are made from the table's
// name, so that the schema the entities describe is the one the migration created.

/** One record of a listed part (a motivation, a visit, an action…) with its place in the list. */
export interface ListedPartRecord {
  partnershipId: string;
  recordKey: string;
  position: number;
  version: number;
  /** The record as the domain has it, instants tagged (`records-codec.ts`). */
  content: unknown;
}

/** The one record of a single part (the convention, the political dialogue). */
export interface SinglePartRecord {
  partnershipId: string;
  version: number;
  content: unknown;
}

function listedPartEntity(table: string): new () => ListedPartRecord {
  @Entity({ name: table })
  class ListedPartEntity implements ListedPartRecord {
    @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: `PK_${table}` })
    partnershipId: string;

    @PrimaryColumn({
      name: 'record_key',
      type: 'varchar',
      length: 100,
      primaryKeyConstraintName: `PK_${table}`,
    })
    recordKey: string;

    @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: `FK_${table}_partnership` })
    partnership?: PartnershipEntity;

    @Column({ type: 'integer' })
    position: number;

    @Column({ type: 'integer', default: 1 })
    version: number;

    @Column({ type: 'jsonb' })
    content: unknown;
  }
  return ListedPartEntity;
}

function singlePartEntity(table: string): new () => SinglePartRecord {
  @Entity({ name: table })
  class SinglePartEntity implements SinglePartRecord {
    @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: `PK_${table}` })
    partnershipId: string;

    @OneToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
    @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: `FK_${table}_partnership` })
    partnership?: PartnershipEntity;

    @Column({ type: 'integer', default: 1 })
    version: number;

    @Column({ type: 'jsonb' })
    content: unknown;
  }
  return SinglePartEntity;
}

const { actions: actionTable, ...otherListedTables } = PARTNERSHIP_PART_TABLES.listed;

/** The actions' table: their budget lines and indicators are rows under it (`action-part.entities.ts`). */
export const JointActionEntity = listedPartEntity(actionTable);

/** The entities of every part's table, for the data source's list. */
export const PARTNERSHIP_PART_ENTITIES = [
  JointActionEntity,
  ...Object.values(otherListedTables).map(listedPartEntity),
  ...Object.values(PARTNERSHIP_PART_TABLES.single).map(singlePartEntity),
];
