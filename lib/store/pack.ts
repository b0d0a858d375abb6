// TEMPORARY until lib/voice/index.ts lands: then this becomes `export { defaultPack } from '../voice';`
import { voicePackSchema } from '../voice/schema';

export const defaultPack = voicePackSchema.parse({
  id: 'default',
  name: 'Default',
  version: '1.0.0',
  languages: ['en', 'de', 'sv'],
});
