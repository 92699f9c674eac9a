import { isValidTimeZone } from '@passerelle/domain';
import { Matches, registerDecorator, type ValidationOptions } from 'class-validator';

/** An IANA time zone the runtime knows (`Europe/Paris`, `Africa/Bamako`). */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be an IANA time zone such as Europe/Paris`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}

/** A BCP 47 language tag in its usual short forms (`fr`, `bm`, `pt-BR`). */
export const IsLanguageTag = (options?: ValidationOptions) =>
  Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'each value of $property must be a BCP 47 language tag',
    ...options,
  });
