/**
 * Where the consent step sends the user, from the build's environment:
 *
 *   VITE_AUTH_AUTHORITY  the authority, `{tenant}` standing for the user's tenant
 *                        (default https://login.microsoftonline.com/{tenant}; in development
 *                        the local API's dev issuer, <origin>/dev/issuer/{tenant})
 *   VITE_AUTH_CLIENT_ID  the Entra app's client id (AAD_APP_CLIENT_ID); in development the
 *                        local registration's, customer-pulse-local
 *   VITE_AUTH_SCOPE      the API's scope (default api://<tab host>/<client id>/access_as_user,
 *                        the app id URI of the manifest's webApplicationInfo; in development
 *                        api://customer-pulse-local/access_as_user, the dev issuer's audience)
 *
 * `undefined` when a production build names no client id: there is nobody to consent to.
 */
import type { IdentityConfig } from './identityPlatform.ts';

const LOCAL_CLIENT_ID = 'customer-pulse-local';

export function identityConfig(origin: string = location.origin, host: string = location.host): IdentityConfig | undefined {
  const env = import.meta.env;
  const development = env.DEV === true;
  const clientId = env.VITE_AUTH_CLIENT_ID?.trim() || (development ? LOCAL_CLIENT_ID : '');
  if (!clientId) return undefined;
  const authority =
    env.VITE_AUTH_AUTHORITY?.trim() ||
    (development ? `${origin}/dev/issuer/{tenant}` : 'https://login.microsoftonline.com/{tenant}');
  const scope =
    env.VITE_AUTH_SCOPE?.trim() ||
    (development && clientId === LOCAL_CLIENT_ID ? `api://${LOCAL_CLIENT_ID}/access_as_user` : `api://${host}/${clientId}/access_as_user`);
  return { authority, clientId, scope };
}
