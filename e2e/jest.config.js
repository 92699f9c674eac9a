const swcTransform = require('../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/specs/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': swcTransform() },
  setupFilesAfterEnv: ['<rootDir>/support/jest-setup.ts'],
};
