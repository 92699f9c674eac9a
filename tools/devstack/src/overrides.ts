import { SERVICE_VARIABLES, type ServiceVariable } from './external-services';

/** DATABASE_URL, REDIS_URL and SMTP_URL from the environment: each replaces the service the stack would start. */
export function readOverrides(): Partial<Record<ServiceVariable, string>> {
  const overrides: Partial<Record<ServiceVariable, string>> = {};
  for (const variable of Object.keys(SERVICE_VARIABLES) as ServiceVariable[]) {
    const value = process.env[variable];
    if (value) overrides[variable] = value;
  }
  return overrides;
}
