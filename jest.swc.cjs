// Shared SWC transform for every Jest project: TypeScript with the legacy decorators and
// decorator metadata that NestJS, TypeORM and class-validator rely on.
module.exports = function swcTransform({ tsx = false } = {}) {
  return [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ];
};
