/**
 * The addresses and tab settings the app gives Teams when a tab is added. One page serves
 * every frame; `?view=` (and, for the history tab, `?teamId=`) says which experience a
 * saved tab opens with, since a channel tab's content frame reads its team from the URL.
 */

export const VIEW_PARAM = 'view';
export const TEAM_PARAM = 'teamId';
export const HISTORY_VIEW = 'history';
export const LEADERSHIP_VIEW = 'leadership';
/** The personal app's "Your teams" static tab (appPackage/manifest.json staticTabs[0]). */
export const TEAMS_VIEW = 'teams';

/**
 * The tab settings `pages.config.setConfig` saves. `websiteUrl` is what Teams opens in a browser
 * ("Go to website") and what Teams on phones needs to show a channel tab at all.
 */
export interface TabInstanceConfig {
  readonly contentUrl: string;
  readonly websiteUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
}

/** The tab's own page, absolute as Teams wants it. */
export function tabPageUrl(origin: string = window.location.origin): URL {
  return new URL(`${import.meta.env.BASE_URL}index.html`, origin);
}

/** A meeting's tab: the page reads meeting, side panel or stage from teams-js. */
export function meetingTabConfig(displayName: string, origin?: string): TabInstanceConfig {
  const url = tabPageUrl(origin).href;
  return { contentUrl: url, websiteUrl: url, entityId: 'customer-pulse', suggestedDisplayName: displayName };
}

/** A channel's history tab for the team `groupId` (its Microsoft 365 group id). */
export function historyTabConfig(groupId: string, displayName: string, origin?: string): TabInstanceConfig {
  const url = tabPageUrl(origin);
  url.searchParams.set(VIEW_PARAM, HISTORY_VIEW);
  url.searchParams.set(TEAM_PARAM, groupId);
  return { contentUrl: url.href, websiteUrl: url.href, entityId: `customer-pulse-history-${groupId}`, suggestedDisplayName: displayName };
}
