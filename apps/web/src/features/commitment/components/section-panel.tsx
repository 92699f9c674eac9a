import type { ReactNode } from 'react';
import { COMMITMENT_SECTION_IDS, type CommitmentSection } from '../../../lib/partnership-paths';

/**
 * A section of the step 1 page, named by its heading. The heading carries the section's anchor
 * (`#motivations`) and can take the focus, so that the stepper's links land the reader on it.
 */
export function SectionPanel({
  section,
  title,
  children,
}: {
  section: CommitmentSection;
  title: string;
  children: ReactNode;
}) {
  const id = COMMITMENT_SECTION_IDS[section];
  return (
    <section className="panel panel--section" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1} className="anchor-target">
        {title}
      </h2>
      {children}
    </section>
  );
}
