/**
 * A feature's catalogue in another language: the same keys as its French catalogue (the reference),
 * each a text. A missing or extra key fails the typecheck.
 */
export type Catalogue<Reference> = {
  [Key in keyof Reference]: Reference[Key] extends string ? string : Catalogue<Reference[Key]>;
};
