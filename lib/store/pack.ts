// The voice pack the panel checks against. Later issues let the team lead's pack replace it.
export { defaultPack } from '../voice';
