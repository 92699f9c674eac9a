import type { Messages as DomainMessages } from '@passerelle/domain';
import type { Messages } from './fr';

/**
 * A feature's catalogue in another language: the same keys as its French catalogue (the reference),
 * each a text. A missing or extra key fails the typecheck.
 */
export type Catalogue<Reference> = {
  [Key in keyof Reference]: Reference[Key] extends string ? string : Catalogue<Reference[Key]>;
};

/** Everything the interface says in one language: its own catalogues and the lifecycle model's texts. */
export interface LanguageResources {
  translation: Messages;
  domain: DomainMessages;
}
