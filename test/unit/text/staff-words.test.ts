import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import * as sidebarImport from '../../../sidebar/import-text';
import * as sidebar from '../../../sidebar/text';
import * as cli from '../../../src/cli/text';
import * as merge from '../../../src/gas/merge/text';
import { FIELD_SOURCE } from '../../../src/core/letters/text';
import { DEFAULT_TEMPLATES, templateText } from '../../../src/core/letters/templates';
import { NONE_LABEL } from '../../../src/core/report/text';
import { MENU_ITEM as SELF_TEST } from '../../../src/core/selftest/text';
import { MERGE_MODE_LABELS, SCALAR_LABELS } from '../../../src/core/sheet/settings-text';
import { SETTINGS_SHEET } from '../../../src/core/sheet/names';
import { statusById } from '../../../src/core/status/vocabulary';
import { MENU, TERMS, andMore } from '../../../src/core/text/glossary';
import * as visits from '../../../src/core/visits/text';

/**
 * The staff's words: every Danish text a consultant sees keeps the glossary's one word per thing
 * (src/core/text/glossary.ts). Read from the source: every string literal and template of src/ and
 * sidebar/ (the accepted header synonyms aside: they are what a team may type, not what fhb says).
 */

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

interface Literal {
  where: string;
  /** The literal as written: a template keeps its `${…}`, so a sentence is read whole. */
  text: string;
  /** Only the literal's own words: a template's values are "…" (a template inside a value is a literal of its own). */
  words: string;
}

function literalsOf(file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const walk = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // Header synonyms are input a team may type ("vindue fra"), not text fhb shows.
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'synonyms') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ where: where(node), text: node.text, words: node.text });
    else if (ts.isTemplateExpression(node)) {
      const words = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
      out.push({ where: where(node), text: node.getText(source).slice(1, -1), words });
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return out;
}

const literals = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'sidebar'))].flatMap(literalsOf);
const offending = (re: RegExp) => literals.filter((l) => re.test(l.text)).map((l) => `${l.where}: ${l.text}`);

test('the scan reads the texts (a text known to be there is found)', () => {
  expect(literals.length).toBeGreaterThan(1000);
  expect(offending(/Perioden er ikke begyndt endnu/)).toHaveLength(1);
});

test.each([
  ['Periode, never vindue (glossary TERMS.period)', /vindue|vinduet|vinduer/i],
  ['no programmer\'s words: what to type instead', /Ugyldigt input|01-01-1970|efter midnat|helt antal dage/],
  ['"og 3 flere", never "og 3 mere"', /og \$\{[^}]+\} mere/],
  ['one name for the sender: «Afsender (afdeling)»', /Afsender på brevene|Afdeling \(Indstillinger\)|Brevenes afsender/],
  ['one name for the PDF setting: «Gem også som PDF»', /Lav også PDF/],
  ['one name for the state «Ikke aktuel»', /Intet tilbud i år/],
  ['a menu item is chosen («Vælg …»), never run', /[Kk]ør «|[Kk]ør (Opsætning|opsætningen|Planlæg)/],
  // A quoted JSON key ("fromWeeks") is code the reader types; markup's attributes are not Danish text.
  ['Danish quotation marks «…», not straight ones around Danish words', /(^|[\s(])"[A-Za-zÆØÅæøå0-9][^"<>=]*?(\s|[æøåÆØÅ])[^"<>=]*"(?=[\s.,:;)!?]|$)/],
])('staff texts: %s', (_rule, re) => {
  expect(offending(re)).toEqual([]);
});

test('quotation marks open with « and close with »', () => {
  const wrong = literals.filter((l) => {
    let open = false;
    for (const ch of l.words) {
      if (ch === '«') {
        if (open) return true;
        open = true;
      } else if (ch === '»') {
        if (!open) return true;
        open = false;
      }
    }
    return false;
  });
  expect(wrong.map((l) => `${l.where}: ${l.text}`)).toEqual([]);
});

test('a menu item a message sends the reader to is named as the menu shows it', () => {
  // The menu's items, the self-test (under Hjælp) and the merge's two choices of documents.
  const items = new Set<string>([...Object.values(MENU), SELF_TEST, ...Object.values(MERGE_MODE_LABELS)]);
  const named = literals.flatMap((l) => [...l.words.matchAll(/[Vv]ælg «([^»]+)»/g)].map((m) => ({ where: l.where, item: m[1] })));
  expect(named.length).toBeGreaterThan(5);
  const strange = named.filter((n) => n.item !== '…' && !items.has(n.item));
  expect(strange.map((n) => `${n.where}: «${n.item}»`)).toEqual([]);
});

test('the sender has one label: the setting, the sidebar, the merge\'s problems, the glossary and the default templates', () => {
  const label = SCALAR_LABELS.department;
  expect(TERMS.sender).toBe(label);
  expect(sidebar.DEPARTMENT).toBe(label);
  expect(FIELD_SOURCE.afsender).toBe(`${label} (${SETTINGS_SHEET})`);
  expect(FIELD_SOURCE.afdeling).toBe(`${label} (${SETTINGS_SHEET})`);
  for (const template of Object.values(DEFAULT_TEMPLATES)) {
    expect(templateText(template)).toContain('{{Afsender}}');
    expect(templateText(template)).not.toContain('{{Afdeling}}');
  }
});

test('a merge problem about a setting names a label the settings sheet has', () => {
  const labels = new Set<string>(Object.values(SCALAR_LABELS));
  for (const source of Object.values(FIELD_SOURCE)) {
    const m = new RegExp(`^(.*) \\(${SETTINGS_SHEET}\\)$`).exec(source);
    if (!m) continue;
    for (const part of m[1].split(' / ')) expect(labels).toContain(part);
  }
});

test('the sidebar names the settings as the sheet does', () => {
  expect(sidebar.PDF).toBe(SCALAR_LABELS.pdf);
  expect([sidebar.MUNICIPALITY, sidebar.ADDRESS, sidebar.POSTCODE_CITY, sidebar.PHONE, sidebar.PHONE_HOURS, sidebar.EMAIL, sidebar.SIGNATURE, sidebar.LEAD_WEEKS, sidebar.AS_OF])
    .toEqual([SCALAR_LABELS.municipality, SCALAR_LABELS.address, SCALAR_LABELS.postcodeCity, SCALAR_LABELS.phone, SCALAR_LABELS.phoneHours, SCALAR_LABELS.email, SCALAR_LABELS.signature, SCALAR_LABELS.letterLeadWeeks, SCALAR_LABELS.asOf]);
});

test('one name for the state without an offer: the status, the sidebar and the year report', () => {
  expect(sidebar.NO_OFFER).toBe(statusById('none').label);
  expect(NONE_LABEL).toBe(statusById('none').label);
});

test('every shortened list ends "… og 3 flere"', () => {
  expect(andMore(3)).toBe('… og 3 flere');
  expect(merge.moreProblems(3)).toBe('• … og 3 flere');
  expect(visits.andMore(3)).toBe('• … og 3 flere.');
  expect(sidebarImport.more(2, 5)).toBe('… og 3 flere');
  expect(cli.MORE_UNPLACED(3)).toBe('… og 3 flere uden tid.');
  expect(cli.MORE_BAD(3)).toBe('… og 3 flere (se arket Fejl i plan.xlsx).');
});

test('the sheet functions\' help (Sheets shows it while typing) says Periode, never vindue', () => {
  const main = readFileSync(join(ROOT, 'src/main.ts'), 'utf8');
  const help = main.split('\n').filter((line) => /^\s*\/?\*/.test(line)).join('\n');
  expect(help).toContain('Periodens første dag');
  expect(help).not.toMatch(/vindue/i);
});
