import { sendToBackground, type ComposeContextReport } from '../messaging/protocol';
import type { Finding } from '../rules/types';
import type { ReplykitState } from '../store';

/**
 * What the background records with the followed box's next send: the reading of the message, the
 * pack, the suggestion inserted into that box, the check of the current draft, and a link
 * confirmed before memory knew the account. Null when no box is followed.
 */
export function composeContextReport(
  state: ReplykitState,
  findings: readonly Finding[],
): ComposeContextReport | null {
  const { page } = state;
  if (!page) return null;
  const { context } = page;
  const result = state.compose.state === 'ready' ? state.compose.result : null;
  const inserted = state.insertedSuggestion;
  const pending = state.pendingLink;
  const report: ComposeContextReport = {
    tabId: page.tabId,
    composerId: page.composerId,
    customer: context.customer,
    packId: state.pack.id,
    packVersion: state.pack.version,
    checked: {
      text: state.draft,
      findings: findings.map(({ ruleId, severity }) => ({ ruleId, severity })),
    },
  };
  if (context.threadUrl) report.threadUrl = context.threadUrl;
  if (result) {
    const { intent, intensity, topic } = result.analysis;
    report.analysis = { intent, intensity, topic };
  }
  if (inserted && inserted.tabId === page.tabId && inserted.composerId === page.composerId)
    report.insertedSuggestion = inserted.text;
  if (
    pending &&
    state.memory.state === 'ready' &&
    pending.identityId === state.memory.lookup.identityId
  )
    report.link = {
      identityId: pending.suggestion.identity.id,
      evidence: pending.suggestion.evidence,
      confirmedBy: pending.confirmedBy,
    };
  return report;
}

/** Sends a report when it differs from the last one sent (the page's draft comes in bursts). */
export function createComposeContextReporter(
  send: (report: ComposeContextReport) => Promise<unknown> = (report) =>
    sendToBackground('composeContext', report),
): (report: ComposeContextReport | null) => void {
  let last = '';
  return (report) => {
    if (!report) return;
    const text = JSON.stringify(report);
    if (text === last) return;
    last = text;
    send(report).catch(() => undefined);
  };
}
