/**
 * The fixed world the local meeting simulator pretends to be (tenant, team, meeting, roster).
 * The data lives in api/local/simulatedMeeting.ts, which `npm run seed` imports too: the API's
 * tooling must not reach into the tab, while the tab may import from the API (as it does its
 * contract), so the graph stays one-way. This module only re-exports it for the simulator.
 */
export * from '../../api/local/simulatedMeeting.ts';
