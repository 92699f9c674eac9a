import type { AppConfig } from './app-config';

export type { AppConfig };

/** Injection token of the parsed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
