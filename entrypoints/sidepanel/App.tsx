import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { AbuseGuidance } from '../../components/AbuseGuidance';
import { AfterHoursNotice } from '../../components/AfterHoursNotice';
import { AnalysisSummary } from '../../components/AnalysisSummary';
import { ContextFields } from '../../components/ContextFields';
import { CustomerCard } from '../../components/CustomerCard';
import { CustomerHistoryList } from '../../components/CustomerHistoryList';
import { LinkSuggestions } from '../../components/LinkSuggestions';
import { DraftEditor } from '../../components/DraftEditor';
import { EscalationGuidance } from '../../components/EscalationGuidance';
import { FindingGroups } from '../../components/FindingGroups';
import { InsertBar } from '../../components/InsertBar';
import { OtherSitesLink } from '../../components/OtherSitesLink';
import { PageComposerCard } from '../../components/PageComposerCard';
import { PackSwitch } from '../../components/PackSwitch';
import { PackUpdateNotice } from '../../components/PackUpdateNotice';
import { PanelHeader } from '../../components/PanelHeader';
import {
  KeyboardHelp,
  NoComposerState,
  PackInvalidState,
  SiteNotEnabledState,
} from '../../components/PanelStates';
import { SuggestionList } from '../../components/SuggestionList';
import { t } from '../../lib/i18n';
import { onMessage, type InsertMode } from '../../lib/messaging/protocol';
import { formatNextOpen } from '../../lib/panel/compose-view';
import { composeContextReport, createComposeContextReporter } from '../../lib/panel/memory-report';
import type { PanelMemory } from '../../lib/panel/memory-sync';
import { memoryCardView, problemText } from '../../lib/panel/memory-view';
import { openOptionsPage, optionsPageUrl } from '../../lib/panel/options-page';
import { choosePack } from '../../lib/panel/pack-sync';
import { applyFixOnPage, focusOnPage, insertOnPage, showOnBadge } from '../../lib/panel/page-sync';
import { pageComposerView, placeLabel, problemsOf } from '../../lib/panel/page-view';
import {
  panelKeyAction,
  stepFinding,
  suggestionIndexOf,
  type PanelKeyAction,
} from '../../lib/panel/panel-keys';
import { useSiteAccess } from '../../lib/panel/use-site-access';
import { platformLabel } from '../../lib/platforms/limits';
import type { Fix } from '../../lib/rules/types';
import {
  LANGUAGE_OPTIONS,
  PLATFORM_OPTIONS,
  customerMessageOf,
  selectAdapterErrors,
  selectAgentInitials,
  selectApplyFix,
  selectCompose,
  selectCustomerMessage,
  selectCustomerName,
  selectCustomerRecord,
  selectDraft,
  selectLastLink,
  selectMemory,
  selectMemoryProblem,
  selectPendingLink,
  selectInsertTarget,
  selectLanguage,
  selectPack,
  selectPackAssignment,
  selectPackAutomatic,
  selectPackChoice,
  selectPackChoices,
  selectPackLocked,
  selectPackProblems,
  selectPackReason,
  selectPackSource,
  selectPackSubscription,
  selectPage,
  selectPlatform,
  selectSentCount,
  selectSetAgentInitials,
  selectSetCustomerMessage,
  selectSetCustomerName,
  selectSetDraft,
  selectSetLanguage,
  selectSetPlatform,
  selectStopFollowing,
  type PageComposer,
  replykitStore,
  shownSuggestions,
  useDraftCheck,
  useReplykit,
} from '../../lib/store';

function fixFailure(error: string): string {
  return error === 'stale-draft' ? t('panel_fix_stale') : t('panel_fix_failed');
}

export interface AppProps {
  /** Customer memory's actions for the card (absent: the card shows what memory would say). */
  memory?: PanelMemory;
}

/** Wires the store to the presentational components. */
export function App({ memory }: AppProps) {
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
  const compose = useReplykit(selectCompose);
  const customerMessage = useReplykit(selectCustomerMessage);
  const setCustomerMessage = useReplykit(selectSetCustomerMessage);
  const messageFrom = useReplykit((s) => customerMessageOf(s).from);
  const pack = useReplykit(selectPack);
  const packSource = useReplykit(selectPackSource);
  const packProblems = useReplykit(selectPackProblems);
  const packReason = useReplykit(selectPackReason);
  const packAssignment = useReplykit(selectPackAssignment);
  const packChoice = useReplykit(selectPackChoice);
  const packAutomatic = useReplykit(selectPackAutomatic);
  const packChoices = useReplykit(selectPackChoices);
  const packLocked = useReplykit(selectPackLocked);
  const packSubscription = useReplykit(selectPackSubscription);
  const siteAccess = useSiteAccess();
  const memoryStatus = useReplykit(selectMemory);
  const customerRecord = useReplykit(selectCustomerRecord);
  const pendingLink = useReplykit(selectPendingLink);
  const lastLink = useReplykit(selectLastLink);
  const memoryProblem = useReplykit(selectMemoryProblem);
  const insertedSuggestion = useReplykit((s) => s.insertedSuggestion);
  const setInsertedSuggestion = useReplykit((s) => s.setInsertedSuggestion);

  const { findings, counts, length } = useDraftCheck();
  // A notice belongs to the reply box it came from and disappears when another one is followed.
  const [fixNotice, setFixNotice] = useState<{ page: PageComposer; text: string } | null>(null);
  const [insertNotice, setInsertNotice] = useState<string | null>(null);
  const noticeFor = page ?? insertTarget;
  const notice = fixNotice && fixNotice.page === noticeFor ? fixNotice.text : null;
  // While a run refines the suggestions for the same message (memory answered), the previous
  // ones stay: the list, and a keyboard user's focus in it, do not vanish for a moment.
  const result = shownSuggestions(compose);
  const target = page ?? insertTarget;

  const returning =
    memoryStatus.state === 'ready' ? (customerRecord?.interactions.length ?? 0) > 0 : undefined;
  useEffect(() => {
    if (page) showOnBadge(page, findings.length, counts.error, returning);
  }, [page, findings.length, counts.error, returning]);

  const memoryView = useMemo(
    () =>
      page
        ? memoryCardView({
            status: memoryStatus,
            record: customerRecord,
            pendingLink,
            lastLink,
            platform: page.context.platform,
            now: memoryStatus.state === 'ready' ? memoryStatus.lookup.at : 0,
          })
        : null,
    [page, memoryStatus, customerRecord, pendingLink, lastLink],
  );

  // The background records the send with what the panel knows about it (one writer for sends).
  const [reportContext] = useState(() => createComposeContextReporter());
  useEffect(() => {
    reportContext(composeContextReport(replykitStore.getState(), findings));
  }, [
    reportContext,
    page,
    draft,
    findings,
    compose,
    pack,
    insertedSuggestion,
    pendingLink,
    memoryStatus,
  ]);

  const textarea = useRef<HTMLTextAreaElement>(null);
  const findingsSection = useRef<HTMLElement>(null);
  const pendingSelection = useRef<readonly [number, number] | null>(null);
  const currentFinding = useRef(-1);

  // After a fix the draft re-renders; then put the caret after the replacement, so keyboard
  // users keep their place instead of losing focus with the button that went away.
  useLayoutEffect(() => {
    const range = pendingSelection.current;
    if (!range || !textarea.current) return;
    pendingSelection.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(range[0], range[1]);
  }, [draft]);

  useEffect(() => {
    currentFinding.current = -1;
  }, [findings]);

  const onApplyFix = useCallback(
    (fix: Fix) => {
      if (page) {
        // The page's editor takes the fix; its new draft comes back through draftChanged.
        applyFixOnPage(page, fix, draft)
          .then((r) => setFixNotice(r.ok ? null : { page, text: fixFailure(r.error) }))
          .catch(() => setFixNotice({ page, text: t('panel_box_gone') }));
        return;
      }
      const caret = applyFix(fix);
      if (caret !== null) pendingSelection.current = [caret, caret];
    },
    [applyFix, page, draft],
  );

  const insertText = useCallback(
    (text: string, mode: InsertMode): boolean => {
      if (!target) {
        setInsertNotice(t('compose_insert_nowhere'));
        return false;
      }
      setInsertNotice(null);
      // On success the reply box reports its new text (draftChanged) and the check follows.
      insertOnPage(target, text, mode)
        .then((r) => {
          if (!r.ok) setInsertNotice(t('compose_insert_failed'));
        })
        .catch(() => setInsertNotice(t('panel_box_gone')));
      return true;
    },
    [target],
  );

  const onInsertSuggestion = useCallback(
    (index: number, mode: InsertMode): boolean => {
      const suggestion = result?.suggestions[index];
      if (!suggestion || !insertText(suggestion.text, mode)) return false;
      if (target) {
        setInsertedSuggestion({
          tabId: target.tabId,
          composerId: target.composerId,
          text: suggestion.text,
        });
      }
      return true;
    },
    [result, insertText, target, setInsertedSuggestion],
  );

  const onCopy = useCallback(
    (index: number): Promise<boolean> => {
      const text = result?.suggestions[index]?.text;
      if (!text) return Promise.resolve(false);
      return navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      );
    },
    [result],
  );

  const onInsertDraft = useCallback(() => {
    if (!insertTarget) return;
    insertOnPage(insertTarget, draft)
      .then((r) => {
        if (!r.ok) setFixNotice({ page: insertTarget, text: fixFailure(r.error) });
      })
      .catch(() => setFixNotice({ page: insertTarget, text: t('panel_box_gone') }));
  }, [insertTarget, draft]);

  const onShow = useCallback((start: number, end: number) => {
    textarea.current?.focus();
    textarea.current?.setSelectionRange(start, end);
  }, []);

  /** Carries out a key of the panel or a command of the browser; false when there was nothing to do. */
  const act = useCallback(
    (action: PanelKeyAction): boolean => {
      const index = suggestionIndexOf(action);
      if (index !== null) return onInsertSuggestion(index, 'replace');
      const items = [...(findingsSection.current?.querySelectorAll<HTMLElement>('.finding') ?? [])];
      if (action === 'apply-fix') {
        const item = items[currentFinding.current] ?? items[0];
        const fix = item?.querySelector<HTMLButtonElement>('button[data-fix-index]');
        fix?.click();
        return !!fix;
      }
      const next = stepFinding(
        currentFinding.current,
        items.length,
        action === 'next-finding' ? 1 : -1,
      );
      const item = items[next];
      if (!item) return false;
      currentFinding.current = next;
      item.tabIndex = -1;
      item.focus();
      item.scrollIntoView({ block: 'nearest' });
      return true;
    },
    [onInsertSuggestion],
  );

  // The browser's commands (relayed by the background) do what the panel's own keys do.
  useEffect(() => onMessage('panelCommand', ({ data }) => act(data.command)), [act]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const action = panelKeyAction(event);
      if (action && act(action)) event.preventDefault();
    },
    [act],
  );

  const view = page ? pageComposerView(page) : null;
  const showMessageField = messageFrom === 'panel';
  const ready = compose.state === 'ready';

  return (
    // The keys work anywhere in the panel; each control stays reachable with Tab alone.
    <div
      className="panel"
      data-testid="panel"
      data-compose-state={compose.state}
      data-suggestions-ready={ready ? 'true' : 'false'}
      onKeyDown={onKeyDown}
    >
      <PanelHeader title="Replykit" subtitle={t('panel_subtitle')} iconUrl="/icon/32.png" />
      <PackSwitch
        name={pack.name}
        version={pack.version}
        reason={packReason}
        assignment={packAssignment}
        choice={packChoice}
        automatic={packAutomatic}
        choices={packChoices}
        locked={packLocked}
        onChoose={(entry) => {
          choosePack(entry).catch((error: unknown) =>
            console.error('Replykit: could not switch the voice pack', error),
          );
        }}
      />
      <main className="panel__main">
        {packSubscription ? <PackUpdateNotice name={pack.name} state={packSubscription} /> : null}
        {packProblems.length > 0 ? (
          <PackInvalidState
            problems={packProblems}
            {...(packSource === 'last-good'
              ? { lastGoodName: pack.name }
              : packSource === 'team'
                ? { insteadName: pack.name }
                : {})}
          />
        ) : null}
        {!page && siteAccess.disabled ? (
          <SiteNotEnabledState
            host={siteAccess.disabled.host}
            outcome={siteAccess.outcome}
            onEnable={siteAccess.enable}
            onReload={siteAccess.reload}
          />
        ) : !page && !insertTarget ? (
          <NoComposerState />
        ) : null}
        {page && view ? (
          <>
            <PageComposerCard
              view={view}
              problems={problemsOf(adapterErrors)}
              notice={notice}
              sentCount={sentCount}
              onStopFollowing={stopFollowing}
            />
            <CustomerCard
              {...(view.customerName ? { name: view.customerName } : {})}
              {...(view.customerHandle ? { handle: view.customerHandle } : {})}
              platformLabel={view.platformLabel}
              kindLabel={view.kindLabel}
              {...(memoryView ? { summary: memoryView.summary } : {})}
              {...(memoryView?.unresolved ? { unresolved: memoryView.unresolved } : {})}
              {...(memoryView?.problem
                ? { problem: memoryView.problem }
                : memoryProblem
                  ? { problem: problemText(memoryProblem.kind, memoryProblem.message) }
                  : {})}
            >
              {memoryView ? (
                <>
                  <LinkSuggestions
                    suggestions={memoryView.suggestions}
                    {...(memoryView.linked ? { linked: memoryView.linked } : {})}
                    onLink={(s) => void memory?.link(s.suggestion)}
                    onUndo={() => void memory?.undoLink()}
                  />
                  <CustomerHistoryList
                    earlier={memoryView.earlier}
                    {...(memoryView.latest ? { latest: memoryView.latest } : {})}
                    onResolvedChange={(id, resolved) => void memory?.setResolved(id, resolved)}
                  />
                </>
              ) : null}
            </CustomerCard>
          </>
        ) : (
          <OtherSitesLink href={optionsPageUrl()} onOpen={openOptionsPage} />
        )}
        {showMessageField ? (
          <div className="field customer-message">
            <label htmlFor="customer-message">{t('compose_message_label')}</label>
            <textarea
              id="customer-message"
              value={customerMessage}
              rows={3}
              aria-describedby="customer-message-hint"
              onChange={(event) => setCustomerMessage(event.target.value)}
            />
            <p id="customer-message-hint" className="field__hint">
              {t('compose_message_hint')}
            </p>
          </div>
        ) : null}
        <p className="compose-status" role="status">
          {compose.state === 'working'
            ? t('compose_analysis_working')
            : compose.state === 'failed'
              ? t('compose_analysis_failed')
              : ''}
        </p>
        {result && result.analysis.escalation.length > 0 ? (
          <EscalationGuidance
            matches={result.analysis.escalation}
            {...(target ? { onInsertHolding: (text: string) => insertText(text, 'replace') } : {})}
          />
        ) : null}
        {result?.guidance ? (
          <AbuseGuidance
            steps={result.guidance.steps}
            replyAllowed={result.guidance.replyAllowed}
          />
        ) : null}
        {result?.afterHours ? (
          <AfterHoursNotice
            time={formatNextOpen(result.afterHours)}
            timeZone={result.afterHours.timeZone}
          />
        ) : null}
        {result ? <AnalysisSummary analysis={result.analysis} /> : null}
        {result && (!result.guidance || result.suggestions.length > 0) ? (
          <SuggestionList
            suggestions={result.suggestions}
            canInsert={!!target}
            onInsert={onInsertSuggestion}
            onCopy={onCopy}
          />
        ) : null}
        {insertNotice ? (
          <p className="page-composer__warning" role="alert">
            {insertNotice}
          </p>
        ) : null}
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
          source={page ? { platformLabel: placeLabel(page.context) } : undefined}
        />
        {!page && insertTarget ? (
          <InsertBar
            platformLabel={placeLabel(insertTarget.context)}
            canInsert={draft.trim().length > 0}
            notice={notice}
            onInsert={onInsertDraft}
            onFollow={() => {
              focusOnPage(insertTarget).catch(() => undefined);
            }}
          />
        ) : null}
        <FindingGroups
          text={draft}
          findings={findings}
          counts={counts}
          onApplyFix={onApplyFix}
          onShow={onShow}
          sectionRef={findingsSection}
        />
        <KeyboardHelp />
      </main>
      <footer className="panel__footer">{t('panel_footer')}</footer>
    </div>
  );
}
