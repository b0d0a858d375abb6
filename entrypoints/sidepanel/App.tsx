import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ContextFields } from '../../components/ContextFields';
import { DraftEditor } from '../../components/DraftEditor';
import { FindingList } from '../../components/FindingList';
import { InsertBar } from '../../components/InsertBar';
import { OtherSitesLink } from '../../components/OtherSitesLink';
import { PageComposerCard } from '../../components/PageComposerCard';
import { PanelHeader } from '../../components/PanelHeader';
import { openOptionsPage, optionsPageUrl } from '../../lib/panel/options-page';
import { applyFixOnPage, focusOnPage, insertOnPage, showOnBadge } from '../../lib/panel/page-sync';
import { pageComposerView, placeLabel, problemsOf } from '../../lib/panel/page-view';
import { platformLabel } from '../../lib/platforms/limits';
import type { Fix } from '../../lib/rules/types';
import {
  LANGUAGE_OPTIONS,
  PLATFORM_OPTIONS,
  selectAdapterErrors,
  selectAgentInitials,
  selectApplyFix,
  selectCustomerName,
  selectDraft,
  selectInsertTarget,
  selectLanguage,
  selectPage,
  selectPlatform,
  selectSetAgentInitials,
  selectSetCustomerName,
  selectSetDraft,
  selectSetLanguage,
  selectSentCount,
  selectSetPlatform,
  selectStopFollowing,
  type PageComposer,
  useDraftCheck,
  useReplykit,
} from '../../lib/store';

function fixFailure(error: string): string {
  return error === 'stale-draft'
    ? 'The reply changed while the fix was on its way: the check has updated, try again.'
    : 'The reply box did not take the fix. Edit it by hand, or click into it and try again.';
}

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
  const page = useReplykit(selectPage);
  const adapterErrors = useReplykit(selectAdapterErrors);
  const stopFollowing = useReplykit(selectStopFollowing);
  const insertTarget = useReplykit(selectInsertTarget);

  const sentCount = useReplykit(selectSentCount);
  const { findings, counts, length } = useDraftCheck();
  // A notice belongs to the reply box it came from and disappears when another one is followed.
  const [fixNotice, setFixNotice] = useState<{ page: PageComposer; text: string } | null>(null);
  const noticeFor = page ?? insertTarget;
  const notice = fixNotice && fixNotice.page === noticeFor ? fixNotice.text : null;

  useEffect(() => {
    if (page) showOnBadge(page, findings.length, counts.error);
  }, [page, findings.length, counts.error]);

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
      if (page) {
        // The page's editor takes the fix; its new draft comes back through draftChanged.
        applyFixOnPage(page, fix, draft)
          .then((result) =>
            setFixNotice(result.ok ? null : { page, text: fixFailure(result.error) }),
          )
          .catch(() =>
            setFixNotice({ page, text: 'The reply box is gone: reload the page and try again.' }),
          );
        return;
      }
      const caret = applyFix(fix);
      if (caret !== null) pendingSelection.current = [caret, caret];
    },
    [applyFix, page, draft],
  );

  const onInsert = useCallback(() => {
    if (!insertTarget) return;
    // On success the reply box has the focus again, reports itself, and the panel follows it.
    insertOnPage(insertTarget, draft)
      .then((result) => {
        if (!result.ok) setFixNotice({ page: insertTarget, text: fixFailure(result.error) });
      })
      .catch(() =>
        setFixNotice({
          page: insertTarget,
          text: 'The reply box is gone: reload the page and try again.',
        }),
      );
  }, [insertTarget, draft]);

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
        {page ? (
          <PageComposerCard
            view={pageComposerView(page)}
            problems={problemsOf(adapterErrors)}
            notice={notice}
            sentCount={sentCount}
            onStopFollowing={stopFollowing}
          />
        ) : (
          <OtherSitesLink href={optionsPageUrl()} onOpen={openOptionsPage} />
        )}
        <DraftEditor
          value={draft}
          onChange={setDraft}
          textareaRef={textarea}
          length={length && { ...length, platformLabel: platformLabel(platform) }}
          source={page ? { platformLabel: placeLabel(page.context) } : undefined}
        />
        {!page && insertTarget ? (
          <InsertBar
            platformLabel={placeLabel(insertTarget.context)}
            canInsert={draft.trim().length > 0}
            notice={notice}
            onInsert={onInsert}
            onFollow={() => {
              focusOnPage(insertTarget).catch(() => undefined);
            }}
          />
        ) : null}
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
