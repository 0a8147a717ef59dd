/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts.
 * Alerts/prompts take their answers from `ui.answers` (FIFO): 'YES' | 'NO' | 'OK' | 'CANCEL' | 'CLOSE' or
 * `{ button, text }` for prompts. With no queued answer the first button of the set is pressed (OK / YES)
 * and a prompt's text is ''. A queued button that the dialog does not offer throws (a test bug).
 */
import type { Env } from './env';
import type { FakeHtmlOutput } from './html';
import type { GasShape } from './types';

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
export type Answer = ButtonName | { button?: ButtonName; text?: string };

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { caption: string; submenu: MenuEntry[] };

export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuEntry[];
  /** Convenience: the submenus among `items`. */
  submenus: { caption: string; items: MenuEntry[] }[];
}
export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
  text?: string;
}
export interface PanelRecord {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  output: FakeHtmlOutput;
}

export class FakeMenu implements GasShape<GoogleAppsScript.Base.Menu> {
  readonly items: MenuEntry[] = [];
  constructor(
    private readonly env: Env,
    private readonly ui: FakeUi,
    readonly caption: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string) {
    this.env.k.local('Menu.addItem');
    if (typeof functionName !== 'string' || functionName === '') throw this.env.k.error('Invalid argument: functionName');
    this.items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator() {
    this.env.k.local('Menu.addSeparator');
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu) {
    this.env.k.local('Menu.addSubMenu');
    const m = menu as unknown as FakeMenu;
    this.items.push({ caption: m.caption, submenu: m.items });
    return this;
  }
  addToUi() {
    this.env.k.call('Menu.addToUi');
    this.ui.menus.push({
      name: this.caption,
      addon: this.addon,
      items: this.items,
      submenus: this.items.filter((i): i is { caption: string; submenu: MenuEntry[] } => 'submenu' in i).map((s) => ({ caption: s.caption, items: s.submenu })),
    });
  }
}

export class FakePromptResponse implements GasShape<GoogleAppsScript.Base.PromptResponse> {
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}
  getResponseText() {
    return this.text;
  }
  getSelectedButton() {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeUi implements GasShape<GoogleAppsScript.Base.Ui> {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly panels: PanelRecord[] = [];
  /** Queue of answers for alert/prompt. */
  readonly answers: Answer[] = [];

  constructor(
    private readonly env: Env,
    private readonly toastSource: () => { message: string; title: string | null; timeoutSeconds: number | null }[],
  ) {}

  get sidebars(): PanelRecord[] {
    return this.panels.filter((p) => p.kind === 'sidebar');
  }
  get alerts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'alert');
  }
  get prompts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'prompt');
  }
  get toasts() {
    return this.toastSource();
  }
  /** The menu item with this caption (searching submenus), e.g. to run its function. */
  findItem(caption: string): { caption: string; functionName: string } | null {
    const walk = (items: MenuEntry[]): { caption: string; functionName: string } | null => {
      for (const i of items) {
        if ('functionName' in i && i.caption === caption) return i;
        if ('submenu' in i) {
          const f = walk(i.submenu);
          if (f) return f;
        }
      }
      return null;
    };
    for (const m of this.menus) {
      const f = walk(m.items);
      if (f) return f;
    }
    return null;
  }

  createMenu(caption: string) {
    this.env.k.local('Ui.createMenu');
    return new FakeMenu(this.env, this, String(caption), false);
  }
  createAddonMenu() {
    this.env.k.local('Ui.createAddonMenu');
    return new FakeMenu(this.env, this, 'Add-on', true);
  }

  private answer(kind: 'alert' | 'prompt', set: ButtonSetName): { button: ButtonName; text: string } {
    const offered = BUTTONS_OF[set];
    const a = this.answers.shift();
    const button = a === undefined ? offered[0] : typeof a === 'string' ? a : (a.button ?? offered[0]);
    const text = typeof a === 'object' && a !== null ? (a.text ?? '') : '';
    if (button !== 'CLOSE' && !offered.includes(button)) {
      throw new Error(`test runtime: queued answer ${button} is not offered by this ${kind} (buttons ${set})`);
    }
    return { button, text };
  }
  private dialogArgs(method: string, args: unknown[]): { title: string | null; prompt: string; buttons: ButtonSetName } {
    const isSet = (x: unknown): x is ButtonSetName => typeof x === 'string' && x in BUTTONS_OF;
    if (args.length === 1) return { title: null, prompt: String(args[0]), buttons: 'OK' };
    if (args.length === 2 && isSet(args[1])) return { title: null, prompt: String(args[0]), buttons: args[1] };
    if (args.length === 3 && isSet(args[2])) return { title: String(args[0]), prompt: String(args[1]), buttons: args[2] };
    throw this.env.k.error(`The parameters (${args.map((a) => typeof a).join(',')}) don't match the method signature for Ui.${method}.`);
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.env.k.call('Ui.alert');
    const d = this.dialogArgs('alert', args);
    const { button } = this.answer('alert', d.buttons);
    this.dialogs.push({ kind: 'alert', ...d, answer: button });
    return button as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(...args: unknown[]) {
    this.env.k.call('Ui.prompt');
    const d = args.length === 1 ? { title: null, prompt: String(args[0]), buttons: 'OK' as ButtonSetName } : this.dialogArgs('prompt', args);
    const { button, text } = this.answer('prompt', d.buttons);
    this.dialogs.push({ kind: 'prompt', ...d, answer: button, text });
    return new FakePromptResponse(text, button);
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput) {
    this.env.k.call('Ui.showSidebar');
    this.panel('sidebar', userInterface as unknown as FakeHtmlOutput, null);
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string) {
    this.env.k.call('Ui.showModalDialog');
    this.panel('modal', userInterface as unknown as FakeHtmlOutput, title);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string) {
    this.env.k.call('Ui.showModelessDialog');
    this.panel('modeless', userInterface as unknown as FakeHtmlOutput, title);
  }
  private panel(kind: PanelRecord['kind'], out: FakeHtmlOutput, title: string | null) {
    if (!out || typeof out.getContent !== 'function') throw this.env.k.error('Invalid argument: userInterface');
    this.panels.push({ kind, title: title ?? out.title, html: out.content, width: out.width, height: out.height, output: out });
  }
}
