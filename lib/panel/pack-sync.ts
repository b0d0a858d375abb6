import { resolveTeamPack, teamPack } from '../settings/team-pack';
import type { ReplykitStore } from '../store';

/** Keeps the panel's pack in step with the stored team pack. Returns a function that stops. */
export function setupPackSync(store: ReplykitStore): () => void {
  const apply = (value: unknown) => store.getState().setActivePack(resolveTeamPack(value));
  teamPack.getValue().then(
    (value) => {
      if (value !== null) apply(value);
    },
    (error: unknown) => console.error('Replykit: could not read the team pack', error),
  );
  return teamPack.watch(apply);
}
