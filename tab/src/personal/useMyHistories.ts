/**
 * The signed-in person's teams and meeting chats that have checks (GET /api/me/histories,
 * typed by the contract's myHistoriesResponseSchema), read once when the list is shown.
 */
import { useApiClient } from '../api/ApiClientContext.tsx';
import type { MyHistories } from '../api/client.ts';
import { useLoad, type Load } from '../shared/useLoad.ts';

export function useMyHistories(): Load<MyHistories> {
  const api = useApiClient();
  return useLoad((signal) => api.myHistories(signal), 'me/histories');
}
