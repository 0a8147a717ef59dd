/**
 * What Sheets reads from the built file: for every custom function a top-level `function` with real
 * parameter names, right below a JSDoc with `@customfunction`, a Danish description and a Danish
 * `@param` per argument. And nothing Apps Script forbids (modules, eval, new Function).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const code = readFileSync(join(__dirname, '../../../dist/Code.js'), 'utf8');
const EXPECTED = ['FHB_PLAN', 'FHB_OFFER', 'FHB_REASON', 'FHB_AGE', 'FHB_TURNS', 'FHB_BIRTHDATE', 'FHB_STATUS', 'FHB_STOLETEST'];
// Words that show a text is Danish rather than English.
const DANISH = /\b(og|eller|fødselsdato|referencedato|dato|borger\w*|tom|år|fra|hver|dens|kolonne\w*|ja|nej)\b|[æøå]/i;

interface Stub { name: string; params: string[]; doc: string }

/** Every top-level function directly preceded by a JSDoc block. */
function customFunctionStubs(): Stub[] {
  const stubs: Stub[] = [];
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*?\*\/)\s*\nfunction (\w+)\(([^)]*)\)/g;
  for (const m of code.matchAll(pattern)) {
    if (!m[1].includes('@customfunction')) continue;
    stubs.push({ doc: m[1], name: m[2], params: m[3].split(',').map((p) => p.trim()).filter(Boolean) });
  }
  return stubs;
}

describe('autocomplete in the built dist/Code.js', () => {
  const stubs = customFunctionStubs();

  test('every custom function is there, and only those carry @customfunction', () => {
    expect(stubs.map((s) => s.name).sort()).toEqual([...EXPECTED].sort());
  });

  test.each(EXPECTED)('%s: top-level, real parameter names, Danish description and @param per argument', (name) => {
    const stub = stubs.find((s) => s.name === name)!;
    expect(stub).toBeDefined();
    expect(new RegExp(`^function ${name}\\(`, 'm').test(code)).toBe(true);
    expect(stub.params.length).toBeGreaterThan(0);
    // Plain names; the last may be a rest parameter (FHB_PLAN's optional own events).
    stub.params.forEach((p, i) => expect(p).toMatch(i === stub.params.length - 1 ? /^(\.\.\.)?[a-zA-Z]\w*$/ : /^[a-zA-Z]\w*$/));
    const description = stub.doc.split('\n').slice(1).map((l) => l.replace(/^\s*\*\s?/, '')).join(' ').split('@')[0].trim();
    expect(description.length).toBeGreaterThan(20);
    expect(description).toMatch(DANISH);
    const params = [...stub.doc.matchAll(/@param\s+(?:\{[^}]*\}\s+)?(\w+)\s+([^\n]+)/g)];
    expect(params.map((p) => p[1])).toEqual(stub.params.map((p) => p.replace(/^\.\.\./, '')));
    params.forEach((p) => expect(p[2]).toMatch(DANISH));
  });

  test('the pinned argument order of FHB_PLAN and FHB_OFFER (SPEC section 3)', () => {
    const order = ['birthdate', 'livesAlone', 'asOf', 'spouseDied', 'spouseMoved', 'atRisk', 'exempt', 'profile'];
    // The eight pinned arguments, then only the optional repeated one (a profile's own events), which
    // keeps every eight-argument formula as it was: the function still declares eight parameters.
    for (const name of ['FHB_PLAN', 'FHB_OFFER', 'FHB_REASON']) {
      expect(stubs.find((s) => s.name === name)!.params).toEqual([...order, '...events']);
      const declared = new vm.Script(`${code}\n${name}.length`).runInContext(vm.createContext({}));
      expect([name, declared]).toEqual([name, order.length]);
    }
  });

  test('FHB_STOLETEST takes antal; fødselsdato; køn; [dato] in the pinned order (SPEC section 3), in ASCII spelling', () => {
    expect(stubs.find((s) => s.name === 'FHB_STOLETEST')!.params).toEqual(['antal', 'foedselsdato', 'koen', 'dato']);
  });
});

describe('a flat classic script Apps Script can run', () => {
  test('no eval and no new Function (zod runs jitless)', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\s*\(/);
  });

  test('no module syntax', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  test('no browser or Node globals Apps Script lacks', () => {
    for (const name of ['setTimeout', 'TextEncoder', 'atob', 'require(', 'process.env']) {
      expect(code.includes(name) ? name : '').toBe('');
    }
  });
});
