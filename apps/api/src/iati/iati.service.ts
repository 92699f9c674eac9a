import { Inject, Injectable } from '@nestjs/common';
import { IATI_BLOCKING_ISSUES, buildIatiFile, type IatiActivity, type IatiFile } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { ProblemException } from '../common/problem/problem';
import type { IatiFileView } from './dto/iati.dto';
import { writeIatiActivities } from './iati-activity-xml';
import { OdaCodeLists } from '../oda-code-lists/oda-code-lists';
import { IatiCodeLists } from './iati-code-lists';
import { IatiRepository } from './iati.repository';

/** ISO 4217 codes as the runtime knows them: the currencies a value may carry. */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The day in a time zone, as YYYY-MM-DD. */
function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export interface IatiXmlFile {
  fileName: string;
  body: string;
}

/** The actor's authority's IATI activity file (docs/iati.md): what it carries, what is missing, the XML. */
@Injectable()
export class IatiService {
  constructor(
    private readonly repository: IatiRepository,
    private readonly codeLists: IatiCodeLists,
    private readonly odaCodeLists: OdaCodeLists,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async file(actor: Actor): Promise<IatiFile> {
    const reporter = await this.repository.reporter(actor.organisationId);
    if (!reporter) throw new ProblemException('RESOURCE.NOT_FOUND', 'Your organisation no longer exists.');
    const today = dayIn(this.clock.now(), reporter.timeZone);
    return buildIatiFile({
      reporter: { ...reporter, language: (reporter.languages[0] ?? 'fr').slice(0, 2) },
      partnerships: await this.repository.partnershipsOf(actor.organisationId),
      today,
      knownCurrencies: KNOWN_CURRENCIES,
      odaRecipients: this.odaCodeLists.odaRecipients(Number(today.slice(0, 4))),
    });
  }

  async view(actor: Actor): Promise<IatiFileView> {
    const file = await this.file(actor);
    return {
      organisationIdentifier: file.organisationIdentifier,
      standardVersion: this.codeLists.standardVersion,
      codeListsVersion: this.codeLists.version,
      actionCount: file.actionCount,
      activities: (file.activities ?? []).map(activityView),
      issues: file.issues.map((issue) => ({ ...issue, blocking: IATI_BLOCKING_ISSUES.includes(issue.code) })),
    };
  }

  /** The XML file; refused while the organisation has no identifier or no action can be published. */
  async xml(actor: Actor): Promise<IatiXmlFile> {
    const file = await this.file(actor);
    if (file.activities === null) {
      throw new ProblemException(
        'IATI.IDENTIFIER_MISSING',
        'Your organisation has no IATI identifier: its administrator enters it with the organisation’s profile.',
      );
    }
    if (file.activities.length === 0) {
      throw new ProblemException(
        'IATI.NO_ACTIVITY',
        'None of the actions your authority funds can be published yet: see what is missing.',
      );
    }
    return {
      fileName: `iati-activities-${file.organisationIdentifier}.xml`,
      body: writeIatiActivities(file.activities, {
        generatedAt: this.clock.now(),
        policyMarkerCode: (marker) => this.codeLists.policyMarkerCode(marker),
      }),
    };
  }
}

function activityView(activity: IatiActivity) {
  return {
    identifier: activity.identifier,
    title: activity.title,
    budgets: activity.budgets.length,
    transactions: activity.transactions.length,
    indicators: activity.results.reduce((sum, result) => sum + result.indicators.length, 0),
  };
}
