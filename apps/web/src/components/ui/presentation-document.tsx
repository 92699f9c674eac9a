import { PRESENTATION_SECTIONS, type PresentationSection } from '@passerelle/domain';
import { useTextsIn } from '../../lib/i18n/i18n';

/** A language a presentation is written in. */
export type PresentationDocumentLanguage = 'fr' | 'en';

/**
 * An authority's presentation as a document to read or print: its name, then the four sections the method
 * asks for, headed in the language of the text (not the interface's), which the document declares (`lang`).
 */
export function PresentationDocument({
  organisationName,
  subtitle,
  language,
  sections,
}: {
  organisationName: string;
  subtitle?: string;
  language: PresentationDocumentLanguage;
  sections: Readonly<Record<PresentationSection, string>>;
}) {
  const textT = useTextsIn(language);
  return (
    <article className="presentation-document" lang={language}>
      <h1>{organisationName}</h1>
      {subtitle && <p className="presentation-document__subtitle">{subtitle}</p>}
      {PRESENTATION_SECTIONS.map((section) => {
        const text = sections[section].trim();
        return (
          <section key={section} className="presentation-document__section">
            <h2>{textT(`presentationSections.${section}`)}</h2>
            {text ? (
              <p className="presentation-document__text">{text}</p>
            ) : (
              <p className="muted">{textT('presentationDocument.empty')}</p>
            )}
          </section>
        );
      })}
    </article>
  );
}
