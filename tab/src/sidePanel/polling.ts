/** How often the side panel and the stage ask the API for news. */

/**
 * While the meeting has no open check: how soon a check someone started shows up. A list
 * query, once every 3 s, only until a check is found.
 */
export const OPEN_SESSION_POLL_MS = 3_000;

/**
 * While a check is open: how soon others' ratings and answers, and the facilitator's reveal,
 * timer, hand-over and close show up in every panel and on the stage.
 *
 * 1.5 s, because facilitation is live: when the facilitator reveals the results or starts a
 * timer, the room looks at their screens and waits; 3 s felt like a stall, 1.5 s like a
 * slightly slow click.
 *
 * Cost: 60 s / 1.5 s ≈ 40 requests per participant per minute (a 10-person meeting: ~400 a
 * minute, ~7 a second). Nearly all are `If-None-Match` → 304 with no body: the API answers
 * them from the results ETag without reading votes or answers, and the tab neither parses
 * nor re-renders. Only when something changed (a rating, an answer, a reveal, the timer, a
 * hand-over, the close) does a poll get a 200, and only then does the panel also re-read the
 * session (`GET /api/sessions/{id}`) for the state changes, so the extra reads scale with
 * activity, not with time. Polls never overlap: the next one is scheduled when the previous
 * one finished, so a slow API gets fewer requests, not a queue.
 */
export const RESULTS_POLL_MS = 1_500;
