/**
 * The address of the stage view: the tab's own page with `view=stage` and the check to show.
 * The side panel shares it with `meeting.shareAppContentToStage`; the page reads it back.
 */

const VIEW_PARAM = 'view';
const STAGE_VIEW = 'stage';
const SESSION_PARAM = 'sessionId';

/** `<origin>/index.html?view=stage&sessionId=<id>`, absolute as Teams wants it. */
export function stageUrlFor(sessionId: string, origin: string = window.location.origin): string {
  const url = new URL(`${import.meta.env.BASE_URL}index.html`, origin);
  url.searchParams.set(VIEW_PARAM, STAGE_VIEW);
  url.searchParams.set(SESSION_PARAM, sessionId);
  return url.href;
}

export interface StageRequest {
  /** Whether the page was opened as the stage view by its address. */
  readonly isStage: boolean;
  /** The check to show; absent when Teams opened the stage without one. */
  readonly sessionId?: string;
}

export function stageRequestOf(search: string): StageRequest {
  const params = new URLSearchParams(search);
  const sessionId = params.get(SESSION_PARAM)?.trim();
  return { isStage: params.get(VIEW_PARAM) === STAGE_VIEW, ...(sessionId ? { sessionId } : {}) };
}
