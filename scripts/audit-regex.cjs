#!/usr/bin/env node
/**
 * Lists every regular expression in src/ and sidebar/ whose worst case is super-linear (quadratic or
 * worse backtracking on a long run of one character, such as 50,000 spaces: issue 22, item 6).
 * The checker (scslre) is not a dependency of the project; install it outside the tree first:
 *
 *   npm install --prefix /tmp/redos scslre@0.3.0 @eslint-community/regexpp@4.12.3
 *   node scripts/audit-regex.cjs /tmp/redos
 *
 * Prints one line per finding and exits 1 when there is any.
 */
const { createRequire } = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const prefix = process.argv[2];
if (!prefix) {
  console.error('usage: node scripts/audit-regex.cjs FOLDER_WITH_SCSLRE');
  process.exit(2);
}
const load = createRequire(path.resolve(prefix, 'node_modules', 'index.js'));
const { RegExpParser } = load('@eslint-community/regexpp');
const { analyse } = load('scslre');

const files = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? files(path.join(dir, e.name)) : /\.ts$/.test(e.name) ? [path.join(dir, e.name)] : []);

const root = path.resolve(__dirname, '..');
const parser = new RegExpParser();
let count = 0;
let found = 0;
for (const file of ['src', 'sidebar'].flatMap((d) => files(path.join(root, d)))) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    let literal;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literal = node.text;
    else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.[0] && ts.isStringLiteral(node.arguments[0])) {
      const flags = node.arguments[1] && ts.isStringLiteral(node.arguments[1]) ? node.arguments[1].text : '';
      literal = `/${node.arguments[0].text}/${flags}`;
    }
    if (literal) {
      count++;
      for (const report of analyse(parser.parseLiteral(literal)).reports) {
        found++;
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        console.log(`${path.relative(root, file)}:${line + 1}  ${literal}  ${report.exponential ? 'exponential' : 'polynomial'} (${report.type})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log(`${count} patterns, ${found} super-linear`);
process.exit(found ? 1 : 0);
