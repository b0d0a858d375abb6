import type { ReplykitStore } from '../store/store';
import type { ReplykitState } from '../store/types';
import {
  PANEL_SETTINGS_FIELDS,
  panelSettings,
  parsePanelSettings,
  type PanelSettings,
} from './storage';

type Field = keyof PanelSettings;

/** Stops the sync; `ready` settles once the saved settings were loaded (or failed to load). */
export interface SettingsPersistence {
  (): void;
  /** Resolves after the first load, successful or not. Never rejects. */
  ready: Promise<void>;
}

function pick(state: ReplykitState): PanelSettings {
  return {
    platform: state.platform,
    language: state.language,
    agentInitials: state.agentInitials,
  };
}

function warn(message: string, detail?: unknown): void {
  console.warn(`Replykit: ${message}`, ...(detail === undefined ? [] : [detail]));
}

/**
 * Keeps the store's platform, language and initials in `panelSettings`: loads the saved
 * values into the store, saves every change of those fields, and follows changes made in
 * another panel. A change the user makes before the load finished wins over the saved value.
 * Returns the function that stops it all.
 */
export function setupSettingsPersistence(store: ReplykitStore): SettingsPersistence {
  let loaded = false;
  let stopped = false;
  /** True while the store is being updated from storage: those updates are not saved back. */
  let applying = false;
  /** Fields the user changed before the saved settings arrived. */
  const touched = new Set<Field>();

  const save = (settings: PanelSettings) => {
    panelSettings.setValue(settings).catch((error: unknown) => {
      warn('could not save the panel settings.', error);
    });
  };

  const apply = (settings: PanelSettings, skip: ReadonlySet<Field>) => {
    const current = store.getState();
    const patch: Partial<Record<Field, string>> = {};
    for (const field of PANEL_SETTINGS_FIELDS) {
      if (!skip.has(field) && current[field] !== settings[field]) patch[field] = settings[field];
    }
    if (Object.keys(patch).length === 0) return;
    applying = true;
    try {
      store.setState(patch as Partial<PanelSettings>);
    } finally {
      applying = false;
    }
  };

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (applying || stopped) return;
    const changed = PANEL_SETTINGS_FIELDS.filter((field) => state[field] !== previous[field]);
    if (changed.length === 0) return;
    if (loaded) save(pick(state));
    else for (const field of changed) touched.add(field);
  });

  const unwatch = panelSettings.watch((value) => {
    if (stopped) return;
    apply(parsePanelSettings(value).settings, loaded ? new Set() : touched);
  });

  const finishLoad = () => {
    loaded = true;
    // Changes made while loading were held back: save them now, with the loaded rest.
    if (touched.size > 0) save(pick(store.getState()));
    touched.clear();
  };

  const ready = panelSettings.getValue().then(
    (value) => {
      if (stopped) return;
      const { settings, defaulted } = parsePanelSettings(value);
      if (defaulted.length > 0) {
        // Left as it is in storage until the user changes a setting.
        warn(
          `the saved panel settings had an invalid ${defaulted.join(', ')}; using the default instead.`,
          value,
        );
      }
      apply(settings, touched);
      finishLoad();
    },
    (error: unknown) => {
      if (stopped) return;
      warn('could not load the saved panel settings; using the defaults.', error);
      finishLoad();
    },
  );

  const stop = () => {
    stopped = true;
    unsubscribeStore();
    unwatch();
  };
  return Object.assign(stop, { ready });
}
