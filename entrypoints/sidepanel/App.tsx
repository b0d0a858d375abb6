import { useCallback, useLayoutEffect, useRef } from 'react';
import { ContextFields } from '../../components/ContextFields';
import { DraftEditor } from '../../components/DraftEditor';
import { FindingList } from '../../components/FindingList';
import { PanelHeader } from '../../components/PanelHeader';
import { platformLabel } from '../../lib/platforms/limits';
import type { Fix } from '../../lib/rules/types';
import {
  LANGUAGE_OPTIONS,
  PLATFORM_OPTIONS,
  selectAgentInitials,
  selectApplyFix,
  selectCustomerName,
  selectDraft,
  selectLanguage,
  selectPlatform,
  selectSetAgentInitials,
  selectSetCustomerName,
  selectSetDraft,
  selectSetLanguage,
  selectSetPlatform,
  useDraftCheck,
  useReplykit,
} from '../../lib/store';

/** Wires the store to the presentational components. No logic of its own. */
export function App() {
  const draft = useReplykit(selectDraft);
  const platform = useReplykit(selectPlatform);
  const language = useReplykit(selectLanguage);
  const customerName = useReplykit(selectCustomerName);
  const setDraft = useReplykit(selectSetDraft);
  const applyFix = useReplykit(selectApplyFix);
  const setPlatform = useReplykit(selectSetPlatform);
  const setLanguage = useReplykit(selectSetLanguage);
  const setCustomerName = useReplykit(selectSetCustomerName);
  const agentInitials = useReplykit(selectAgentInitials);
  const setAgentInitials = useReplykit(selectSetAgentInitials);
  const { findings, counts, length } = useDraftCheck();

  const textarea = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<readonly [number, number] | null>(null);

  // After a fix the draft re-renders; then put the caret after the replacement, so keyboard
  // users keep their place instead of losing focus with the button that went away.
  useLayoutEffect(() => {
    const range = pendingSelection.current;
    if (!range || !textarea.current) return;
    pendingSelection.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(range[0], range[1]);
  }, [draft]);

  const onApplyFix = useCallback(
    (fix: Fix) => {
      const caret = applyFix(fix);
      if (caret !== null) pendingSelection.current = [caret, caret];
    },
    [applyFix],
  );

  const onShow = useCallback((start: number, end: number) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  }, []);

  return (
    <div className="panel">
      <PanelHeader title="Replykit" subtitle="Draft checker" iconUrl="/icon/32.png" />
      <main className="panel__main">
        <ContextFields
          platform={platform}
          platforms={PLATFORM_OPTIONS}
          onPlatformChange={setPlatform}
          language={language}
          languages={LANGUAGE_OPTIONS}
          onLanguageChange={setLanguage}
          customerName={customerName}
          onCustomerNameChange={setCustomerName}
          agentInitials={agentInitials}
          onAgentInitialsChange={setAgentInitials}
        />
        <DraftEditor
          value={draft}
          onChange={setDraft}
          textareaRef={textarea}
          length={length && { ...length, platformLabel: platformLabel(platform) }}
        />
        <FindingList
          text={draft}
          findings={findings}
          counts={counts}
          onApplyFix={onApplyFix}
          onShow={onShow}
        />
      </main>
      <footer className="panel__footer">
        Checked on this device. Nothing leaves your browser.
      </footer>
    </div>
  );
}
