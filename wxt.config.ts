import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Chrome/Edge: MV3 with a side panel. Firefox: MV2, where WXT turns entrypoints/sidepanel into
  // sidebar_action (Firefox has no sidePanel permission).
  manifest: ({ browser }) => ({
    name: 'Replykit',
    description:
      'Replies that sound like a person: brand voice, accessibility and customer memory beside the reply box.',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    action: { default_title: 'Open Replykit' },
    ...(browser === 'firefox'
      ? // Everything stays on the device: declare that no data is collected.
        {
          browser_specific_settings: {
            gecko: { data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
