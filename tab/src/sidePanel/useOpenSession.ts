/**
 * Finds the meeting's open check and lets anyone start one. While there is none, the list is
 * polled so that a check started in someone else's panel appears in everyone's.
 */
import { useCallback, useState } from 'react';
import { useApiClient } from '../api/ApiClientContext.tsx';
import { ApiError, messageOf, type Session } from '../api/client.ts';
import { i18n } from '../i18n/i18n.ts';
import { usePolling } from '../shared/usePolling.ts';
import { useTemplateList, type TemplateList } from '../templates/useTemplateList.ts';
import { customerObsessionTemplate } from './checkTemplate.ts';
import { OPEN_SESSION_POLL_MS } from './polling.ts';

export interface CheckScope {
  readonly meetingId: string;
  /** Absent when Teams names no team or chat: checks can be joined but not started. */
  readonly teamId?: string;
  readonly teamName?: string;
  /** The occurrence's scheduled start, when Teams named it: a recurring series keeps one meetingId. */
  readonly occurrenceStart?: string;
}

export type OpenSessionState =
  | { readonly status: 'loading' }
  /** The first lookup failed; nothing to show but the error and a retry. */
  | { readonly status: 'failed'; readonly message: string }
  /** No open check yet; a failed background lookup is kept to show, and retried. */
  | { readonly status: 'none'; readonly lookupError?: string }
  | { readonly status: 'found'; readonly session: Session };

export interface OpenSession {
  readonly state: OpenSessionState;
  readonly starting: boolean;
  readonly startError?: string;
  /** The templates this team can start a check with (summaries, a page at a time), in the picker's order. */
  readonly templates: TemplateList;
  /** The template picked to start with; customer obsession until someone picks another. */
  readonly templateId: string | undefined;
  chooseTemplate(templateId: string): void;
  start(): Promise<void>;
  retry(): void;
  /** Replaces the shown session, e.g. with the closed one the close call returned. */
  replaceSession(session: Session): void;
  /** Open checks of earlier occurrences of this meeting: offered for closing, never joined. */
  readonly leftOpen: readonly Session[];
  /** Closes one of `leftOpen` (its facilitator only; the API refuses anyone else). */
  closeLeftOpen(sessionId: string): Promise<void>;
}

export function useOpenSession(scope: CheckScope): OpenSession {
  const api = useApiClient();
  const { meetingId, teamId, teamName, occurrenceStart } = scope;
  const [state, setState] = useState<OpenSessionState>({ status: 'loading' });
  const [leftOpen, setLeftOpen] = useState<readonly Session[]>([]);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();
  const [chosenTemplateId, chooseTemplate] = useState<string>();
  // Only asked for once there is no check and one can be started (not on a panel joining a
  // check); the team's own and the organisation's templates come with the built-ins.
  const wanted = state.status === 'none' && teamId !== undefined;
  const templateList = useTemplateList(teamId, wanted);
  const listed = templateList.state.status === 'loaded' ? templateList.state.data : undefined;
  const templateId =
    chosenTemplateId && listed?.some((template) => template.id === chosenTemplateId)
      ? chosenTemplateId
      : listed && customerObsessionTemplate(listed)?.id;

  const searching = state.status === 'loading' || state.status === 'none';
  usePolling(
    async (signal) => {
      try {
        const { sessions, leftOpen: earlier } = await api.listOpenSessions({ meetingId, occurrenceStart }, signal);
        if (signal.aborted) return;
        setLeftOpen(earlier);
        // Newest first: should two people have started at once, everyone joins the same one.
        const newest = sessions[0];
        setState((previous) => {
          if (newest) return { status: 'found', session: newest };
          return previous.status === 'none' && !previous.lookupError ? previous : { status: 'none' };
        });
      } catch (error) {
        if (signal.aborted) return;
        const message = messageOf(error);
        setState((previous) =>
          previous.status === 'loading' ? { status: 'failed', message } : { status: 'none', lookupError: message },
        );
      }
    },
    OPEN_SESSION_POLL_MS,
    // Paused while starting, so a poll cannot race the start and show "none" after it.
    searching && !starting,
  );

  const start = useCallback(async () => {
    if (!teamId) return;
    setStarting(true);
    setStartError(undefined);
    try {
      // Someone may have started a check since the last poll: join it rather than open a second.
      const { sessions } = await api.listOpenSessions({ meetingId, occurrenceStart });
      const existing = sessions[0];
      if (existing) {
        setState({ status: 'found', session: existing });
        return;
      }
      // The list may have failed to load: then the default template, as before there was a choice.
      const startWith = templateId ?? customerObsessionTemplate((await api.listTemplates(undefined, teamId)).templates)?.id;
      if (!startWith) throw new Error(i18n.t('start.noTemplate'));
      const session = await api.createSession({ templateId: startWith, teamId, teamName, meetingId, occurrenceStart });
      setState({ status: 'found', session });
    } catch (error) {
      // Someone else's Start won a moment earlier: join theirs (the poll finds it if it is not listed yet).
      if (error instanceof ApiError && error.status === 409) {
        const { sessions } = await api.listOpenSessions({ meetingId, occurrenceStart }).catch(() => ({ sessions: [] as Session[] }));
        if (sessions[0]) setState({ status: 'found', session: sessions[0] });
        return;
      }
      // The API answers someone outside the team as if the team did not exist; in a meeting of
      // that team it does exist, so the person is not in it (or no longer).
      if (error instanceof ApiError && error.status === 404) {
        setStartError(i18n.t('start.notTeamMember'));
        return;
      }
      setStartError(i18n.t('start.startFailed', { reason: messageOf(error) }));
    } finally {
      setStarting(false);
    }
  }, [api, meetingId, teamId, teamName, occurrenceStart, templateId]);

  const retry = useCallback(() => setState({ status: 'loading' }), []);
  const replaceSession = useCallback((session: Session) => setState({ status: 'found', session }), []);
  const closeLeftOpen = useCallback(
    async (sessionId: string) => {
      await api.closeSession(sessionId);
      setLeftOpen((earlier) => earlier.filter((session) => session.id !== sessionId));
    },
    [api],
  );

  return {
    state,
    starting,
    startError,
    templates: templateList,
    templateId,
    chooseTemplate,
    start,
    retry,
    replaceSession,
    leftOpen,
    closeLeftOpen,
  };
}
