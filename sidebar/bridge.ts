import type { EndpointName, SidebarEndpoints } from '../src/core/sidebar/protocol';
import * as text from './text';

/** The part of `google.script.run` the sidebar uses (HtmlService provides it in the iframe). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

/** The endpoints whose answer may be null by design ("no merge run"). */
const MAY_ANSWER_NULL = new Set<EndpointName>(['fhbMergeStatus']);

/**
 * Calls a server endpoint by name, typed by the shared protocol: the argument and the answer are the
 * endpoint's own types. A refusal arrives as a rejected promise whose message is the server's Danish text.
 */
export function call<K extends EndpointName>(
  name: K,
  ...args: Parameters<SidebarEndpoints[K]>
): Promise<ReturnType<SidebarEndpoints[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error(text.NO_SERVER));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => {
        // Google delivers null when an answer held something it cannot pass (a Date): say so in Danish
        // instead of failing on the missing fields (issue 15). Only fhbMergeStatus may answer null.
        if (value === null && !MAY_ANSWER_NULL.has(name)) reject(new Error(text.BAD_ANSWER));
        else resolve(value as ReturnType<SidebarEndpoints[K]>);
      })
      .withFailureHandler((error) => reject(new Error(messageOf(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** The Danish message of a server error, without the "InputError: " or "Exception: " Apps Script may prefix. */
export function messageOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { message?: unknown })?.message ?? error);
  return raw.replace(/^(?:[A-Za-z]*Error|Exception):\s*/, '');
}
