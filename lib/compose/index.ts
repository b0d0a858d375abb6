export { analyzeMessage } from './analyze';
export { suggestReplies } from './suggest';
export type * from './types';
