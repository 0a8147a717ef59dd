/** HtmlService: outputs from strings or from `<bundle dir>/<name>.html`; templates with `<?= ?>`/`<?!= ?>`/`<? ?>` scriptlets. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Env } from './env';
import type { GasShape } from './types';

export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;

export class FakeHtmlOutput implements GasShape<GoogleAppsScript.HTML.HtmlOutput> {
  title = '';
  width: number | null = null;
  height: number | null = null;
  xFrame: string | null = null;
  sandbox: string | null = null;
  meta: Record<string, string> = {};
  constructor(
    private readonly env: Env,
    public content: string,
  ) {}
  setTitle(title: string) {
    this.env.k.local('HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }
  getTitle() {
    this.env.k.local('HtmlOutput.getTitle');
    return this.title;
  }
  getContent() {
    this.env.k.local('HtmlOutput.getContent');
    return this.content;
  }
  setContent(content: string) {
    this.env.k.local('HtmlOutput.setContent');
    this.content = String(content);
    return this;
  }
  append(addedContent: string) {
    this.env.k.local('HtmlOutput.append');
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string) {
    this.env.k.local('HtmlOutput.appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }
  setWidth(width: number) {
    this.env.k.local('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  getWidth() {
    this.env.k.local('HtmlOutput.getWidth');
    return this.width ?? 0;
  }
  setHeight(height: number) {
    this.env.k.local('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getHeight() {
    this.env.k.local('HtmlOutput.getHeight');
    return this.height ?? 0;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode) {
    this.env.k.local('HtmlOutput.setXFrameOptionsMode');
    this.xFrame = String(mode);
    return this;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode) {
    this.env.k.local('HtmlOutput.setSandboxMode');
    this.sandbox = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string) {
    this.env.k.local('HtmlOutput.addMetaTag');
    this.meta[name] = content;
    return this;
  }
  setFaviconUrl(_iconUrl: string) {
    this.env.k.local('HtmlOutput.setFaviconUrl');
    return this;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export class FakeHtmlTemplate {
  [field: string]: unknown;
  constructor(
    private readonly env_: Env,
    private readonly source_: string,
    private readonly context_: () => vm.Context | null,
  ) {}
  getRawContent() {
    this.env_.k.local('HtmlTemplate.getRawContent');
    return this.source_;
  }
  /** Compiles the scriptlets to a function run in the bundle's context (so server functions are callable). */
  evaluate() {
    this.env_.k.local('HtmlTemplate.evaluate');
    let code = 'var __out = "";\n';
    const re = /<\?(!?=)?([\s\S]*?)\?>/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.source_))) {
      code += `__out += ${JSON.stringify(this.source_.slice(last, m.index))};\n`;
      if (m[1] === '=') code += `__out += __esc(String((${m[2]})));\n`;
      else if (m[1] === '!=') code += `__out += String((${m[2]}));\n`;
      else code += m[2] + '\n';
      last = re.lastIndex;
    }
    code += `__out += ${JSON.stringify(this.source_.slice(last))};\nreturn __out;`;
    const fields: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.endsWith('_')) fields[k] = this[k];
    const ctx = this.context_() ?? vm.createContext({});
    const names = Object.keys(fields);
    const fn = vm.runInContext(`(function(${['__esc', ...names].join(',')}){${code}})`, ctx) as (...a: unknown[]) => string;
    return new FakeHtmlOutput(this.env_, fn(escapeHtml, ...names.map((n) => fields[n])));
  }
}

export class FakeHtmlService implements GasShape<GoogleAppsScript.HTML.HtmlService> {
  readonly XFrameOptionsMode = XFrameOptionsMode as unknown as typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  readonly SandboxMode = SandboxMode as unknown as typeof GoogleAppsScript.HTML.SandboxMode;
  constructor(
    private readonly env: Env,
    private readonly bundleDir: () => string | null,
    private readonly context: () => vm.Context | null,
  ) {}
  private read(method: string, filename: string): string {
    const dir = this.bundleDir();
    const base = filename.endsWith('.html') ? filename : `${filename}.html`;
    const p = dir ? path.join(dir, base) : null;
    if (!p || !fs.existsSync(p)) throw this.env.k.error(`No HTML file named ${filename} was found.`);
    void method;
    return fs.readFileSync(p, 'utf8');
  }
  createHtmlOutput(html?: string) {
    this.env.k.local('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.env, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string) {
    this.env.k.call('HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.env, this.read('createHtmlOutputFromFile', filename));
  }
  createTemplate(html: string) {
    this.env.k.local('HtmlService.createTemplate');
    return new FakeHtmlTemplate(this.env, String(html), this.context);
  }
  createTemplateFromFile(filename: string) {
    this.env.k.call('HtmlService.createTemplateFromFile');
    return new FakeHtmlTemplate(this.env, this.read('createTemplateFromFile', filename), this.context);
  }
  getUserAgent() {
    this.env.k.local('HtmlService.getUserAgent');
    return 'Mozilla/5.0 (fhb test runtime)';
  }
}
