import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/coerce/errors';
import { progressBar } from '../offline/progress';
import { loadProfile, loadSettings, referenceDate, runOffline } from '../offline/run';
import { rulesText, rulesView } from '../core/profiles/view';
import { parseArgs, UsageError } from './args';
import { colorMode, renderSummary, stopLines } from './summary';
import { runProjection } from '../offline/projection/run';
import { projectionSummary } from './projection-summary';
import * as text from './text';
import { terminalText } from './terminal-text';

/**
 * `npm start`: plans a citizen file (CSV or XLSX) offline and writes plan.xlsx, the year report and the
 * letters. Exit 0 when it ran, 1 for a bad file or option (a Danish message, no stack trace), 2 for a bug.
 */

/** The bundled sample, found from the built file (build/cli.cjs) or the source (src/cli/main.ts). */
export function sampleFile(): string | undefined {
  return [resolve(__dirname, '..', 'examples', 'borgere.csv'), resolve(__dirname, '..', '..', 'examples', 'borgere.csv')].find(existsSync);
}

/**
 * `npm start` runs in the package folder; npm keeps the folder the user typed the command in as INIT_CWD.
 * Working from there makes `npm start -- borgere.xlsx --out ud` read and write where the user is.
 */
export function enterStartDir(env: NodeJS.ProcessEnv = process.env): void {
  if (env.INIT_CWD && existsSync(env.INIT_CWD)) process.chdir(env.INIT_CWD);
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
}

export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout.write(text.HELP);
      return 0;
    }
    const input = options.input ?? sampleFile();
    if (!input) throw new UsageError(text.ERR_NO_SAMPLE);
    if (options.showRules) {
      const { settings } = loadSettings(options.settingsPath, input);
      const profile = loadProfile(options.profile ?? settings.profile);
      io.stdout.write(rulesText(rulesView(profile, referenceDate(options.date ?? settings.asOf))));
      return 0;
    }
    if (options.projectYear !== undefined) {
      const projected = await runProjection({
        input, year: options.projectYear, profile: options.profile, proposed: options.proposal, date: options.date,
        settingsPath: options.settingsPath, out: options.out ?? text.DEFAULT_OUT,
      });
      io.stdout.write(projectionSummary(projected));
      return 0;
    }
    const result = await runOffline({
      input,
      profile: options.profile,
      date: options.date,
      // Issue 8: `npm start` alone writes the files too, into ./ud unless --out says otherwise.
      out: options.out ?? text.DEFAULT_OUT,
      combined: options.combined,
      noLetters: options.noLetters,
      templatesDir: options.templatesDir,
      previous: options.previous,
      settingsPath: options.settingsPath,
      progress: (label, total) => progressBar(label, total, io.stderr as never, io.env),
      onLettersStopped: (stops) => io.stderr.write([text.LETTERS_STOPPED, ...stopLines(stops).map((l) => `  ${l}`)].join('\n') + '\n'),
    });
    io.stdout.write(renderSummary(result, colorMode(io.stdout, io.env)));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`${text.ERROR_PREFIX}${terminalText(e.message)}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`${text.ERR_UNEXPECTED(terminalText(message))}\n`);
    if (io.env.FHB_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

if (require.main === module) {
  enterStartDir();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
