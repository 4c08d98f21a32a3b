/**
 * Matches request paths against Functions route templates (`sessions/{sessionId}/close`),
 * as the Functions host does for the `api/` prefix: literal segments win over parameters.
 */
import type { HttpRegistration } from './functionsRuntime.ts';

export interface RouteMatch {
  registration: HttpRegistration;
  params: Record<string, string>;
}

interface CompiledRoute {
  registration: HttpRegistration;
  segments: ({ literal: string } | { param: string })[];
}

export function routeTable(registrations: readonly HttpRegistration[], prefix = 'api') {
  const routes: CompiledRoute[] = registrations.map((registration) => ({
    registration,
    segments: registration.route
      .split('/')
      .filter(Boolean)
      .map((segment) => {
        const param = /^\{([^}:?]+)[^}]*\}$/.exec(segment);
        return param?.[1] ? { param: param[1] } : { literal: segment.toLowerCase() };
      }),
  }));
  const literalCount = (route: CompiledRoute) => route.segments.filter((s) => 'literal' in s).length;
  routes.sort((a, b) => literalCount(b) - literalCount(a));

  return {
    /** undefined: no route; 'method-not-allowed': the path exists for other methods. */
    match(method: string, pathname: string): RouteMatch | 'method-not-allowed' | undefined {
      const parts = pathname.split('/').filter(Boolean);
      if (parts[0]?.toLowerCase() !== prefix) return undefined;
      const rest = parts.slice(1);
      let pathMatched = false;
      for (const route of routes) {
        const params = matchSegments(route.segments, rest);
        if (!params) continue;
        pathMatched = true;
        if (route.registration.methods.some((m) => m.toUpperCase() === method.toUpperCase())) {
          return { registration: route.registration, params };
        }
      }
      return pathMatched ? 'method-not-allowed' : undefined;
    },
  };
}

function matchSegments(segments: CompiledRoute['segments'], parts: string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if ('literal' in segment) {
      if (segment.literal !== part.toLowerCase()) return undefined;
    } else {
      try {
        params[segment.param] = decodeURIComponent(part);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}
