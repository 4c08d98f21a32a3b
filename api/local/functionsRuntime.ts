/**
 * Stands in for the Azure Functions worker so that `app.http(...)` in api/src registers with us.
 *
 * The worker makes a module named `@azure/functions-core` available to `require`, and the
 * `@azure/functions` library hands it every registration (metadata + handler). We provide
 * that module the same way, so the local host serves exactly the handlers that Azure runs,
 * found through exactly the registrations Azure sees.
 */
import { createRequire } from 'node:module';
import type { HttpHandler, HttpMethod } from '@azure/functions';

export interface HttpRegistration {
  name: string;
  route: string;
  methods: HttpMethod[];
  authLevel: string;
  handler: HttpHandler;
}

interface CoreFunctionMetadata {
  name: string;
  bindings: Record<string, { type: string; direction: string; route?: string; methods?: HttpMethod[]; authLevel?: string }>;
}

const registrations: HttpRegistration[] = [];

const coreModule = {
  setProgrammingModel() {},
  getProgrammingModel() {
    return undefined;
  },
  registerHook() {
    return { dispose() {} };
  },
  log(level: string, category: string, message: string) {
    if (level === 'error' || level === 'warning') console.warn(`[functions ${category}] ${message}`);
  },
  registerFunction(metadata: CoreFunctionMetadata, callback: HttpHandler) {
    const trigger = Object.values(metadata.bindings).find((binding) => binding.type === 'httpTrigger');
    if (!trigger) return { dispose() {} };
    registrations.push({
      name: metadata.name,
      route: trigger.route ?? metadata.name,
      methods: trigger.methods ?? ['GET', 'POST'],
      authLevel: trigger.authLevel ?? 'anonymous',
      handler: callback,
    });
    return { dispose() {} };
  },
};

let installed = false;

/** Must run before anything requires `@azure/functions`: the library decides once, lazily. */
export function installFunctionsCore(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as { prototype: { require: (id: string) => unknown } };
  const original = Module.prototype.require;
  Module.prototype.require = function (this: unknown, id: string) {
    if (id === '@azure/functions-core') return coreModule;
    return original.call(this, id);
  } as typeof original;
}

/** Imports the API's entry point and returns every HTTP function it registered. */
export async function loadHttpFunctions(): Promise<readonly HttpRegistration[]> {
  installFunctionsCore();
  await import('../src/index.ts');
  if (registrations.length === 0) throw new Error('No HTTP functions registered: was @azure/functions loaded too early?');
  return registrations;
}
