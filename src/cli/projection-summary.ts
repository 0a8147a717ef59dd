import type { ProjectionResult } from '../offline/projection/run';
import * as text from './text';
import { terminalText } from './terminal-text';

/** What the terminal says after a projection: the title, the sentences of the annex, and the files. */
export function projectionSummary(result: ProjectionResult): string {
  const { report } = result;
  const lines = [report.title, report.subtitle, '', ...report.summary, ...result.projection.notes, '', text.PROJECTION_FILES, ...result.files.map((f) => `  ${f}`)];
  return `${lines.map(terminalText).join('\n')}\n`;
}
