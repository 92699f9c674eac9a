import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A local authority (collectivité territoriale) as stored; the domain model lives in @passerelle/domain. */
@Entity({ name: 'organisation' })
// The directory is searched by country among listed authorities only.
@Index('IDX_organisation_directory_country', ['countryCode'], { where: '"directory_listed"' })
// Text search and its name-ordered pages (migration 1795467000000): the trigram GIN indexes are declared
// here for the record only, TypeORM cannot describe an operator class.
@Index('IDX_organisation_directory_name', ['name', 'id'], { where: '"directory_listed"' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_organisation_directory_name_trgm', { synchronize: false })
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

  /** Opted in to the directory: other authorities can find this profile and suggest it as a partner. */
  @Column({ name: 'directory_listed', type: 'boolean', default: false })
  directoryListed: boolean;

  @Index('IDX_organisation_directory_summary_trgm', { synchronize: false })
  @Column({ name: 'directory_summary', type: 'text', default: '' })
  directorySummary: string;

  /** Themes the authority can bring to a partner (domain action themes). */
  @Index('IDX_organisation_themes_offered', { synchronize: false })
  @Column({ name: 'themes_offered', type: 'text', array: true, default: () => "'{}'" })
  themesOffered: string[];

  /** Themes the authority looks for a partner on. */
  @Index('IDX_organisation_themes_sought', { synchronize: false })
  @Column({ name: 'themes_sought', type: 'text', array: true, default: () => "'{}'" })
  themesSought: string[];

  /** IANA time zone, used to place reminders and quiet hours. */
  /** The organisation's identifier for IATI publications (e.g. `FR-RNA-W123456789`); null until stated. */
  @Column({ name: 'iati_identifier', type: 'varchar', length: 100, nullable: true })
  iatiIdentifier: string | null;

  /** The elected official in charge of international relations (the atlas asks for them). */
  @Column({ name: 'international_elected_name', type: 'varchar', length: 200, nullable: true })
  internationalElectedName: string | null;

  @Column({ name: 'international_elected_title', type: 'varchar', length: 200, nullable: true })
  internationalElectedTitle: string | null;

  @Column({ name: 'international_elected_email', type: 'varchar', length: 254, nullable: true })
  internationalElectedEmail: string | null;

  /** The officer in charge of international relations. */
  @Column({ name: 'international_officer_name', type: 'varchar', length: 200, nullable: true })
  internationalOfficerName: string | null;

  @Column({ name: 'international_officer_title', type: 'varchar', length: 200, nullable: true })
  internationalOfficerTitle: string | null;

  @Column({ name: 'international_officer_email', type: 'varchar', length: 254, nullable: true })
  internationalOfficerEmail: string | null;

  /** The international relations service’s phone. */
  @Column({ name: 'international_phone', type: 'varchar', length: 40, nullable: true })
  internationalPhone: string | null;

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
