// Browser-only: importing this defines the storage item, which needs the extension APIs.
export {
  DEFAULT_PANEL_SETTINGS,
  PANEL_SETTINGS_FIELDS,
  panelSettings,
  parsePanelSettings,
  type PanelSettings,
  type ParsedPanelSettings,
} from './storage';
export { setupSettingsPersistence, type SettingsPersistence } from './persistence';
export {
  DEFAULT_RETENTION_DAYS,
  MAX_RETENTION_DAYS,
  memoryRetentionDays,
  parseRetentionDays,
} from './memory-retention';
