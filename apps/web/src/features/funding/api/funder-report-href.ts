/** What a funder report is asked for: its kind, file format, language and layout. */
export interface FunderReportChoice {
  kind: 'interim' | 'final';
  format: 'pdf' | 'xlsx';
  language: string;
  layout: 'generic' | 'daect';
}

/** The address of a report on a granted application, downloaded as a file (the API sends it as an attachment). */
export function funderReportHref(
  partnershipId: string,
  applicationId: string,
  choice: FunderReportChoice,
): string {
  const query = new URLSearchParams({
    kind: choice.kind,
    format: choice.format,
    language: choice.language,
    layout: choice.layout,
  });
  return `/api/partnerships/${encodeURIComponent(partnershipId)}/funding-applications/${encodeURIComponent(applicationId)}/report?${query.toString()}`;
}
