import type { SettingsPatch, SettingsView } from '../src/core/sidebar/protocol';
import { announce } from './announce';
import { call } from './bridge';
import { fill, h, radio } from './dom';
import * as text from './text';
import { setDisabled } from './disabled';

type TextField = 'municipality' | 'department' | 'address' | 'postcodeCity' | 'phone' | 'phoneHours' | 'email';

const SENDER_FIELDS: { key: TextField; label: string; type?: string; autocomplete?: string }[] = [
  { key: 'municipality', label: text.MUNICIPALITY },
  { key: 'department', label: text.DEPARTMENT },
  { key: 'address', label: text.ADDRESS },
  { key: 'postcodeCity', label: text.POSTCODE_CITY },
  { key: 'phone', label: text.PHONE, type: 'tel' },
  { key: 'phoneHours', label: text.PHONE_HOURS },
  { key: 'email', label: text.EMAIL, type: 'email' },
];

const WEEKS = { type: 'number', min: 0, max: 26, step: 1, inputmode: 'numeric' };

type PrivacyField = keyof typeof text.PRIVACY_FIELDS;
const PRIVACY_FIELDS: { key: PrivacyField; rows: number }[] = [
  { key: 'privacyController', rows: 1 },
  { key: 'privacyDpo', rows: 1 },
  { key: 'privacyLegalBasis', rows: 3 },
  { key: 'privacyRecipients', rows: 3 },
  { key: 'privacyLink', rows: 1 },
];

/** The settings pane: the team's profile, reference date, letter sender, consultants, the data-protection notice and merge defaults. */
export class SettingsPane {
  private loaded = false;

  constructor(private readonly root: HTMLElement) {}

  async open(): Promise<void> {
    if (this.loaded) return;
    fill(this.root, h('p', { class: 'empty' }, text.LOADING));
    try {
      this.render(await call('fhbGetSettings'));
      this.loaded = true;
    } catch (e) {
      fill(this.root, h('p', { class: 'empty' }, (e as Error).message));
    }
  }

  private render(view: SettingsView): void {
    const s = view.settings;
    const input = (id: string, label: string, value: string, attrs: Record<string, string | number> = {}) =>
      h('div', { class: 'field' },
        h('label', { attrs: { for: id } }, label),
        h('input', { id, attrs: { type: 'text', value, ...attrs } }),
      );
    const profile = h('select', { id: 'set-profile' },
      ...view.profiles.map((p) => h('option', { attrs: { value: p.id, selected: p.id === s.profile } }, p.name)),
    );
    const form = h('form', { class: 'settings', attrs: { novalidate: true }, on: { submit: (e) => { e.preventDefault(); void this.save(form); } } },
      h('h2', { class: 'pane-heading' }, text.SETTINGS_HEADING),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'set-profile' } }, text.PROFILE), profile),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'set-asOf' } }, text.AS_OF),
        h('input', { id: 'set-asOf', attrs: { type: 'date', value: s.asOf ?? '', 'aria-describedby': 'set-asOf-help' } }),
        h('p', { class: 'help', id: 'set-asOf-help' }, text.AS_OF_HELP),
      ),
      h('fieldset', {},
        h('legend', {}, text.LETTERS),
        ...SENDER_FIELDS.map((f) => input(`set-${f.key}`, f.label, s[f.key], f.type ? { type: f.type } : {})),
        h('div', { class: 'field' },
          h('label', { attrs: { for: 'set-signature' } }, text.SIGNATURE),
          textarea('set-signature', s.signature, 3),
        ),
      ),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'set-consultants' } }, text.CONSULTANTS),
        textarea('set-consultants', s.consultants.join('\n'), 4, 'set-consultants-help'),
        h('p', { class: 'help', id: 'set-consultants-help' }, text.CONSULTANTS_HELP),
      ),
      input('set-letterLeadWeeks', text.LEAD_WEEKS, String(s.letterLeadWeeks), WEEKS),
      input('set-bereavedDelayWeeks', text.BEREAVED_WEEKS, String(s.bereavedDelayWeeks), WEEKS),
      h('fieldset', {},
        h('legend', {}, text.PRIVACY),
        ...PRIVACY_FIELDS.map(({ key, rows }) => helped(`set-${key}`, text.PRIVACY_FIELDS[key], s[key], rows)),
        h('div', { class: 'check' },
          h('input', { id: 'set-privacyShort', attrs: { type: 'checkbox', checked: s.privacyShort, 'aria-describedby': 'set-privacyShort-help' } }),
          h('label', { attrs: { for: 'set-privacyShort' } }, text.PRIVACY_SHORT),
        ),
        h('p', { class: 'help', id: 'set-privacyShort-help' }, text.PRIVACY_SHORT_HELP),
        h('p', { class: 'help' }, text.PRIVACY_OWN_TEXT),
      ),
      h('fieldset', {},
        h('legend', {}, text.MERGE_DEFAULTS),
        radio('set-mode', 'combined', text.MODE_COMBINED, s.mergeMode === 'combined'),
        radio('set-mode', 'perCitizen', text.MODE_PER_CITIZEN, s.mergeMode === 'perCitizen'),
        h('div', { class: 'check' },
          h('input', { id: 'set-pdf', attrs: { type: 'checkbox', checked: s.pdf } }),
          h('label', { attrs: { for: 'set-pdf' } }, text.PDF),
        ),
      ),
      h('div', { class: 'button-row' }, h('button', { id: 'save-settings', class: 'primary', attrs: { type: 'submit' } }, text.SAVE_SETTINGS)),
    );
    fill(this.root, form);
  }

  private async save(form: HTMLFormElement): Promise<void> {
    const value = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement).value;
    const patch: SettingsPatch = {
      asOf: value('set-asOf') || undefined,
      profile: value('set-profile'),
      municipality: value('set-municipality'),
      department: value('set-department'),
      address: value('set-address'),
      postcodeCity: value('set-postcodeCity'),
      phone: value('set-phone'),
      phoneHours: value('set-phoneHours'),
      email: value('set-email'),
      signature: value('set-signature'),
      consultants: value('set-consultants').split('\n').map((n) => n.trim()).filter(Boolean),
      // No number is sent as null (google.script.run refuses NaN): the server's schema refuses null and
      // names the field, so the type the server accepts is kept for the patch.
      letterLeadWeeks: weeks(value('set-letterLeadWeeks')) as number,
      bereavedDelayWeeks: weeks(value('set-bereavedDelayWeeks')) as number,
      privacyController: value('set-privacyController'),
      privacyDpo: value('set-privacyDpo'),
      privacyLegalBasis: value('set-privacyLegalBasis'),
      privacyRecipients: value('set-privacyRecipients'),
      privacyLink: value('set-privacyLink'),
      privacyShort: (form.querySelector('#set-privacyShort') as HTMLInputElement).checked,
      mergeMode: (form.querySelector('input[name="set-mode"]:checked') as HTMLInputElement | null)?.value === 'perCitizen' ? 'perCitizen' : 'combined',
      pdf: (form.querySelector('#set-pdf') as HTMLInputElement).checked,
    };
    const button = form.querySelector<HTMLButtonElement>('#save-settings')!;
    setDisabled(button, text.SAVING);
    announce(text.SAVING);
    try {
      const view = await call('fhbSaveSettings', patch);
      this.render(view);
      announce(view.message ?? '', 'ok');
      document.getElementById('save-settings')?.focus();
    } catch (e) {
      setDisabled(button, undefined);
      announce((e as Error).message, 'error');
      // Disabling the focused button sent focus to the page: back to the control used (issue 15).
      button.focus();
    }
  }
}

/** A data-protection field with the sheet's help under it: one line, or a text box of `rows` lines. */
function helped(id: string, field: { label: string; help: string }, value: string, rows: number): HTMLElement {
  const help = `${id}-help`;
  return h('div', { class: 'field' },
    h('label', { attrs: { for: id } }, field.label),
    rows > 1 ? textarea(id, value, rows, help) : h('input', { id, attrs: { type: 'text', value, 'aria-describedby': help } }),
    h('p', { class: 'help', id: help }, field.help),
  );
}

function textarea(id: string, value: string, rows: number, describedBy?: string): HTMLTextAreaElement {
  const el = h('textarea', { id, attrs: { rows, 'aria-describedby': describedBy } });
  el.value = value;
  return el;
}

/** A weeks field as google.script.run may carry it: a finite number, or null for empty or not a number. */
function weeks(raw: string): number | null {
  const n = raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) ? n : null;
}
