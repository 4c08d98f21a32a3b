/** How often the side panel asks the API for news; both calls are cheap (a list, or a 304). */

/** While the meeting has no open check: how soon a check someone started shows up. */
export const OPEN_SESSION_POLL_MS = 3_000;

/** While a check is open: how soon others' ratings, answers and the close show up. */
export const RESULTS_POLL_MS = 3_000;
