import { IATI_CODES, type IatiActivity, type IatiIndicator, type PolicyMarker } from '@passerelle/domain';
import { serializeXmlDocument, xmlElement, type XmlElement } from './xml-writer';

export const IATI_VERSION = '2.03';

interface IatiXmlOptions {
  readonly generatedAt: Date;
  readonly policyMarkerCode: (marker: PolicyMarker) => string;
}

/**
 * The `iati-activities` document. Each activity's children follow the sequence of the 2.03 schema
 * (iati-activities-schema.xsd): identifier, reporting-org, title, description, participating-org,
 * activity-status, activity-date, recipient-country, recipient-region, sector, policy-marker, budget,
 * transaction, related-activity, result.
 */
export function writeIatiActivities(activities: readonly IatiActivity[], options: IatiXmlOptions): string {
  const root = xmlElement(
    'iati-activities',
    {
      version: IATI_VERSION,
      'generated-datetime': options.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
    activities.map((activity) => activityElement(activity, options)),
  );
  return serializeXmlDocument(root);
}

function activityElement(activity: IatiActivity, options: IatiXmlOptions): XmlElement {
  const narrative = (text: string) => xmlElement('narrative', { 'xml:lang': activity.language }, text);
  const money = (amount: number, currency: string, valueDate: string) =>
    xmlElement('value', { currency, 'value-date': valueDate }, formatAmount(amount));
  return xmlElement('iati-activity', { 'xml:lang': activity.language, 'default-currency': 'EUR' }, [
    xmlElement('iati-identifier', {}, activity.identifier),
    xmlElement('reporting-org', { ref: activity.reportingOrg.ref, type: activity.reportingOrg.type }, [
      narrative(activity.reportingOrg.name),
    ]),
    xmlElement('title', {}, [narrative(activity.title)]),
    ...activity.descriptions.map((description) =>
      xmlElement('description', { type: description.type }, [narrative(description.text)]),
    ),
    ...activity.participatingOrgs.map((org) =>
      xmlElement('participating-org', { ref: org.ref, type: org.type, role: org.role }, [
        narrative(org.name),
      ]),
    ),
    xmlElement('activity-status', { code: activity.status }),
    ...activity.dates.map((date) =>
      xmlElement('activity-date', { type: date.type, 'iso-date': date.isoDate }),
    ),
    ...activity.recipientCountries.map((country) =>
      xmlElement('recipient-country', { code: country.code, percentage: country.percentage }),
    ),
    ...activity.recipientRegions.map((region) =>
      xmlElement('recipient-region', {
        code: region.code,
        vocabulary: IATI_CODES.regionVocabulary.dac,
        percentage: region.percentage,
      }),
    ),
    ...activity.sectors.map((sector) =>
      xmlElement('sector', {
        vocabulary: IATI_CODES.sectorVocabulary.dac5,
        code: sector.code,
        percentage: sector.percentage,
      }),
    ),
    ...activity.policyMarkers.map((marker) =>
      xmlElement('policy-marker', {
        vocabulary: IATI_CODES.policyMarkerVocabulary.dac,
        code: options.policyMarkerCode(marker.marker),
        significance: marker.significance,
      }),
    ),
    ...activity.budgets.map((budget) =>
      xmlElement('budget', { type: IATI_CODES.budgetType.original, status: budget.status }, [
        xmlElement('period-start', { 'iso-date': budget.periodStart }),
        xmlElement('period-end', { 'iso-date': budget.periodEnd }),
        money(budget.amount, budget.currency, budget.valueDate),
      ]),
    ),
    ...activity.transactions.map((transaction) =>
      xmlElement('transaction', { ref: transaction.lineId }, [
        xmlElement('transaction-type', { code: transaction.type }),
        xmlElement('transaction-date', { 'iso-date': transaction.date }),
        money(transaction.amount, transaction.currency, transaction.valueDate),
      ]),
    ),
    ...activity.relatedActivities.map((related) =>
      xmlElement('related-activity', { ref: related.ref, type: related.type }),
    ),
    ...activity.results.map((result) =>
      xmlElement('result', { type: IATI_CODES.resultType.output }, [
        xmlElement('title', {}, [narrative(result.title)]),
        ...result.indicators.map((indicator) => indicatorElement(indicator, narrative)),
      ]),
    ),
  ]);
}

function indicatorElement(indicator: IatiIndicator, narrative: (text: string) => XmlElement): XmlElement {
  return xmlElement(
    'indicator',
    { measure: IATI_CODES.indicatorMeasure.unit, ascending: indicator.ascending },
    [
      xmlElement('title', {}, [narrative(indicator.title)]),
      indicator.unit.trim() === '' ? null : xmlElement('description', {}, [narrative(indicator.unit)]),
      xmlElement('baseline', {
        year: indicator.baseline.year,
        'iso-date': indicator.baseline.isoDate,
        value: indicator.baseline.value,
      }),
      ...indicator.periods.map((period) =>
        xmlElement('period', {}, [
          xmlElement('period-start', { 'iso-date': period.start }),
          xmlElement('period-end', { 'iso-date': period.end }),
          xmlElement('target', { value: period.target }),
          xmlElement('actual', { value: period.actual }),
        ]),
      ),
    ],
  );
}

/** Money to the cent at most, as a decimal. */
function formatAmount(amount: number): string {
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
