import type { Messages as DomainMessages } from '@passerelle/domain';
import type { Messages } from './fr';

/** The plural forms some languages count with beyond French's "one" and "other" (Arabic has all of them). */
type OtherPluralForm = 'zero' | 'two' | 'few' | 'many';

type PluralForms<Reference> = {
  [
    Key in keyof Reference as Key extends `${infer Base}_other` ? `${Base}_${OtherPluralForm}` : never
  ]?: string;
};

/**
 * A feature's catalogue in another language: the same keys as its French catalogue (the reference), each a
 * text, plus the plural forms that language counts with. A missing or unknown key fails the typecheck.
 */
export type Catalogue<Reference> = {
  [Key in keyof Reference]: Reference[Key] extends string ? string : Catalogue<Reference[Key]>;
} & PluralForms<Reference>;

/** Everything the interface says in one language: its own catalogues and the lifecycle model's texts. */
export interface LanguageResources {
  translation: Messages;
  domain: DomainMessages;
}
