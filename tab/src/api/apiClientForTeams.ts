/** The API client as the tab uses it: Teams SSO tokens, and the API base from the build. */
import { getApiToken } from '../teams/authToken.ts';
import { createApiClient, type ApiClient } from './client.ts';

/** Empty (same origin) unless the build sets VITE_API_BASE, e.g. for an API on its own host. */
export const apiBaseUrl = import.meta.env.VITE_API_BASE?.trim() ?? '';

export function createTeamsApiClient(): ApiClient {
  return createApiClient({ baseUrl: apiBaseUrl, getToken: getApiToken });
}
