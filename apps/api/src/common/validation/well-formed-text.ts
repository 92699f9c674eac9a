import type { FieldError } from '../problem/problem';

/**
 * A NUL character, or a UTF-16 surrogate without its other half. PostgreSQL refuses both (a NUL in any
 * text, a lone surrogate in JSON), so a string holding one can never be stored: it is refused up front
 * instead of failing in the database.
 */
const MALFORMED_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !MALFORMED_TEXT.test(text);
}

/**
 * Every string in a request value (body, query, path parameters) that cannot be stored, named by its
 * dotted path (`stakes.0.label`); object keys are checked too, since some are stored as they are.
 * Iterative, so that no nesting can exhaust the stack.
 */
export function malformedTextFields(value: unknown, rootPath = ''): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: rootPath }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      if (!isWellFormedText(current)) errors.push(malformedTextError(path));
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: join(path, String(index)) }));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const itemPath = join(path, key);
        if (!isWellFormedText(key)) errors.push(malformedTextError(itemPath));
        pending.push({ value: item, path: itemPath });
      }
    }
  }
  return errors.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}

function malformedTextError(field: string): FieldError {
  return {
    field,
    rule: 'wellFormedText',
    message: `${field || 'the value'} must not contain a NUL character or an unpaired surrogate`,
  };
}
