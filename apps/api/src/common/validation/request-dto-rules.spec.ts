import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** Every `dto/*.ts` file of the API, loaded so that its classes register their validation rules. */
function loadEveryDtoFile(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) loadEveryDtoFile(path);
    else if (/\/dto\/[^/]+\.ts$/.test(path) && !path.endsWith('.spec.ts')) jest.requireActual(path);
  }
}

loadEveryDtoFile(join(__dirname, '..', '..'));

/** A DTO class as class-validator's registry keys it. */
type DtoClass = new () => object;

/** class-validator's registry, by class: the rules every request DTO declared. */
function rulesByClass(): Map<DtoClass, ValidationMetadata[]> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<DtoClass, ValidationMetadata[]>;
  };
  return storage.validationMetadatas;
}

/** Properties validated as nested objects that may not be left out (no `@IsOptional()`/`@ValidateIf`). */
function requiredNestedProperties(): Array<{ dto: DtoClass; property: string }> {
  const found: Array<{ dto: DtoClass; property: string }> = [];
  for (const [dto, rules] of rulesByClass()) {
    const nested = new Set(
      rules
        .filter((rule) => rule.type === ValidationTypes.NESTED_VALIDATION)
        .map((rule) => rule.propertyName),
    );
    const conditional = new Set(
      rules
        .filter((rule) => rule.type === ValidationTypes.CONDITIONAL_VALIDATION)
        .map((rule) => rule.propertyName),
    );
    for (const property of nested) if (!conditional.has(property)) found.push({ dto, property });
  }
  return found;
}

describe('request DTO rules', () => {
  it('finds the request DTOs', () => {
    expect(requiredNestedProperties().length).toBeGreaterThan(10);
  });

  // `@ValidateNested()` skips a missing value: without a rule that refuses it (`@IsDefined()`,
  // `@IsObject()`, `@IsArray()`), a request leaving the object out reaches the use case, which fails on it.
  it.each(requiredNestedProperties().map(({ dto, property }) => [`${dto.name}.${property}`, dto, property]))(
    'refuses a request without %s',
    (_name, dto, property) => {
      const errors = validateSync(plainToInstance(dto as DtoClass, {}));
      expect(errors.map((error) => error.property)).toContain(property);
    },
  );

  // PostgreSQL refuses an impossible date (30 February) with an error: only strict ISO 8601 checks
  // the calendar.
  it('checks every ISO 8601 date against the calendar', () => {
    const lenient = [...rulesByClass()].flatMap(([dto, rules]) =>
      rules
        .filter((rule) => rule.name === 'isIso8601' || rule.name === 'isDateString')
        .filter((rule) => (rule.constraints?.[0] as { strict?: boolean } | undefined)?.strict !== true)
        .map((rule) => `${dto.name}.${rule.propertyName}`),
    );
    expect(lenient).toEqual([]);
  });
});
