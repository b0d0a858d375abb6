import { defineConfig } from 'wxt';
import { CATALOG } from './lib/i18n/catalog';
import { localeFiles } from './lib/i18n/locales';

const BENCH_MODE = 'bench';
const BENCH_ENTRYPOINT = 'memory-bench';

/** Any other site, for the generic adapter and Mastodon instances: granted only on request. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'] as const;

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Chrome/Edge: MV3 with a side panel. Firefox: MV2, where WXT turns entrypoints/sidepanel into
  // sidebar_action (Firefox has no sidePanel permission).
  // Interface strings live in lib/i18n/catalog; the browser reads them from _locales.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles(CATALOG));
    },
    // The memory benchmark's page (`npm run bench -- memory`) exists only in `wxt build --mode
    // bench` (output .output/chrome-mv3-bench): the extension users get never ships it.
    'entrypoints:found': (wxt, entrypoints) => {
      if (wxt.config.mode === BENCH_MODE) return;
      const bench = entrypoints.findIndex((entry) => entry.name === BENCH_ENTRYPOINT);
      if (bench >= 0) entrypoints.splice(bench, 1);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // `scripting` registers the content script at run time on the sites the user adds; access to
    // those sites is asked for one origin at a time from the options page. WXT drops
    // optional_host_permissions from MV2 manifests, so Firefox lists them in optional_permissions.
    // `activeTab`: the toolbar click (or Alt+Shift+R) shows the panel which site the tab is on,
    // so it can offer access to a site Replykit does not run on yet (no `tabs` permission).
    // `alarms`: customer memory's retention runs once a day, also when the worker sleeps.
    permissions:
      browser === 'firefox'
        ? ['storage', 'scripting', 'activeTab', 'alarms']
        : ['storage', 'sidePanel', 'scripting', 'activeTab', 'alarms'],
    ...(browser === 'firefox'
      ? { optional_permissions: [...OPTIONAL_HOSTS] }
      : { optional_host_permissions: [...OPTIONAL_HOSTS] }),
    action: { default_title: '__MSG_action_title__' },
    // What an administrator may set through enterprise policy (lib/packs/MANAGED.md). Chrome and
    // Edge validate the policy against it; Firefox reads policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // A keyboard way to the panel from anywhere, the reply box included (the toolbar button and
    // the badge need a pointer or many Tab presses). Chrome opens the side panel on the action.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_action_title__',
      },
      // Chrome takes at most four suggested keys; the last two are set by the user at
      // chrome://extensions/shortcuts. The background relays them to the panel.
      'insert-suggestion-1': {
        suggested_key: { default: 'Alt+Shift+1' },
        description: '__MSG_command_insert_suggestion_1__',
      },
      'insert-suggestion-2': {
        suggested_key: { default: 'Alt+Shift+2' },
        description: '__MSG_command_insert_suggestion_2__',
      },
      'insert-suggestion-3': {
        suggested_key: { default: 'Alt+Shift+3' },
        description: '__MSG_command_insert_suggestion_3__',
      },
      'next-finding': { description: '__MSG_command_next_finding__' },
      'apply-fix': { description: '__MSG_command_apply_fix__' },
    },
    ...(browser === 'firefox'
      ? // Everything stays on the device: declare that no data is collected.
        {
          browser_specific_settings: {
            // A fixed id, so administrators can address Replykit in Firefox's policies.json.
            gecko: {
              id: 'replykit@replykit.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
