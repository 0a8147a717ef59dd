import { parseSettingsGrid, SettingsError } from '../../core/sheet/settings-sheet';
import { SETTINGS_SHEET } from '../../core/sheet/names';
import { Settings } from '../../core/settings/schema';
import type { Zone } from '../../sheetfns/zone';

/**
 * Where the merge reads the team's settings and keeps its template ids. A tiny interface so the merge
 * can switch to the settings engineer's reader/writer (src/gas/sheet/settings*.ts) when it lands: until
 * then the settings are read from the Indstillinger sheet with the shared pure parser, and template ids
 * the merge creates are kept in document properties (the sheet's Brevskabeloner table wins when filled).
 */
export interface SettingsPort {
  read(): Settings;
  templateIds(settings: Settings): Record<string, string>;
  saveTemplateIds(ids: Record<string, string>): void;
}

const TEMPLATE_IDS_KEY = 'fhb.merge.templates';

export function sheetSettingsPort(zone: Zone): SettingsPort {
  return {
    read(): Settings {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS_SHEET);
      if (!sheet) return Settings.parse({});
      const grid = sheet.getDataRange().getValues();
      const parsed = parseSettingsGrid(grid, zone, (d) => Math.round((d.getTime() - zone.toDate(zone.toDay(d)).getTime()) / 60_000));
      if (!parsed.settings) throw new SettingsError(parsed.problems);
      return parsed.settings;
    },
    templateIds(settings: Settings): Record<string, string> {
      const raw = PropertiesService.getDocumentProperties().getProperty(TEMPLATE_IDS_KEY);
      const stored = raw ? (JSON.parse(raw) as Record<string, string>) : {};
      const fromSheet = Object.fromEntries(Object.entries(settings.templates).filter(([, id]) => id.trim() !== ''));
      return { ...stored, ...fromSheet };
    },
    saveTemplateIds(ids: Record<string, string>): void {
      const props = PropertiesService.getDocumentProperties();
      const raw = props.getProperty(TEMPLATE_IDS_KEY);
      const stored = raw ? (JSON.parse(raw) as Record<string, string>) : {};
      props.setProperty(TEMPLATE_IDS_KEY, JSON.stringify({ ...stored, ...ids }));
    },
  };
}
