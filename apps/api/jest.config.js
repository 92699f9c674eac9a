const swcTransform = require('../../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  rootDir: __dirname,
  // Unit specs beside the code; integration specs (real PostgreSQL and Redis) in test/.
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': swcTransform() },
  moduleNameMapper: { '^@passerelle/domain$': '<rootDir>/../../packages/domain/src/index.ts' },
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
};
