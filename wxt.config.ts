import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Replykit',
    description:
      'Replies that sound like a person: brand voice, accessibility and customer memory beside the reply box.',
    permissions: ['storage', 'sidePanel'],
    action: { default_title: 'Open Replykit' },
  },
});
