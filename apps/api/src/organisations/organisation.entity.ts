import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A local authority (collectivité territoriale) as stored; the domain model lives in @passerelle/domain. */
@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ name: 'country_code', type: 'char', length: 2 })
  countryCode: string;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  /** BCP 47 language tags, most used first. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Communication constraints of the place (the method: mind each side's phone and internet access). */
  @Column({ name: 'internet_reliability', type: 'varchar', length: 20, default: 'good' })
  internetReliability: string;

  @Column({ name: 'phone_reliability', type: 'varchar', length: 20, default: 'good' })
  phoneReliability: string;

  @Column({
    name: 'usual_channels',
    type: 'text',
    array: true,
    default: () => "'{email,phone,video_call,in_person}'",
  })
  usualChannels: string[];

  /** IANA time zone, used to place reminders and quiet hours. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic concurrency: a stale edit is refused instead of overwriting a newer one. */
  @VersionColumn()
  version: number;
}
