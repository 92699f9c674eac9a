const swcTransform = require('../../jest.swc.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'domain',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': swcTransform() },
};
