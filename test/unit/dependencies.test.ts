import * as path from 'node:path';
import depcheck from 'depcheck';

/**
 * No dependency without a use, and no use without a dependency: depcheck reads every source file, the
 * scripts of package.json and the configs. `npm run deps` prints the same check.
 */
it('every dependency in package.json is used, and every package the code imports is listed', async () => {
  const root = path.resolve(__dirname, '..', '..');
  const result = await depcheck(root, { ignorePatterns: ['dist', 'build', 'test-artifacts', 'ud', 'node_modules'] });
  expect({ unused: result.dependencies, unusedDev: result.devDependencies, missing: Object.keys(result.missing) }).toEqual({
    unused: [],
    unusedDev: [],
    missing: [],
  });
}, 60_000);
