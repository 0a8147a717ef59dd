import { InputError } from '../core/coerce/errors';
import * as text from './text';

/** The command line's options, read from argv (Danish names, English aliases). Pure. */
export interface CliOptions {
  input?: string;
  profile?: string;
  date?: string;
  out?: string;
  combined: boolean;
  noLetters: boolean;
  templatesDir?: string;
  previous?: string;
  settingsPath?: string;
  help: boolean;
  /** `--vis-regler`: print the profile's rules as a Danish table and stop. */
  showRules: boolean;
  /** `--fremskriv ÅR`: project the list onto that planning year instead of planning. */
  projectYear?: string;
  /** `--forslag PROFIL`: the proposed profile the projection compares with. */
  proposal?: string;
}

/** A wrong command line: the message is Danish and the exit code 1. */
export class UsageError extends InputError {}

type ValueKey = 'profile' | 'date' | 'out' | 'templatesDir' | 'previous' | 'settingsPath' | 'projectYear' | 'proposal';
type FlagKey = 'combined' | 'noLetters' | 'help' | 'showRules';

const VALUE_OPTIONS: Record<string, ValueKey> = {
  '--profil': 'profile', '--profile': 'profile',
  '--dato': 'date', '--date': 'date',
  '--out': 'out', '--ud': 'out',
  '--skabeloner': 'templatesDir', '--templates': 'templatesDir',
  '--forrige-aar': 'previous', '--forrige-år': 'previous', '--previous-year': 'previous',
  '--indstillinger': 'settingsPath', '--settings': 'settingsPath',
  '--fremskriv': 'projectYear', '--project': 'projectYear',
  '--forslag': 'proposal', '--proposal': 'proposal',
};

const FLAG_OPTIONS: Record<string, FlagKey> = {
  '--samlet': 'combined', '--combined': 'combined',
  '--ingen-breve': 'noLetters', '--no-letters': 'noLetters',
  '--vis-regler': 'showRules', '--show-rules': 'showRules',
  '--hjaelp': 'help', '--hjælp': 'help', '--help': 'help', '-h': 'help',
};

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { combined: false, noLetters: false, help: false, showRules: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name in VALUE_OPTIONS) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(text.ERR_MISSING_VALUE(name));
      options[VALUE_OPTIONS[name]] = value;
    } else if (name in FLAG_OPTIONS && eq < 0) {
      options[FLAG_OPTIONS[name]] = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(text.ERR_UNKNOWN_OPTION(arg));
    } else if (options.input !== undefined) {
      throw new UsageError(text.ERR_TWO_FILES(options.input, arg));
    } else {
      options.input = arg;
    }
  }
  if (options.proposal !== undefined && options.projectYear === undefined) throw new UsageError(text.ERR_PROPOSAL_WITHOUT_YEAR);
  return options;
}
