// One swc configuration for the API build and for jest, so tests run the code as it ships.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
/** @param {{ sourceMaps?: boolean }} opts */
module.exports = function swcOptions(opts = {}) {
  return {
    sourceMaps: opts.sourceMaps ?? true,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: root,
      paths: {
        '@opencpi/contracts': ['libs/contracts/src/index.ts'],
      },
    },
  };
};
