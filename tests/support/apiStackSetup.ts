import type { TestProject } from 'vitest/node';
import { startTestStack } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    apiOrigin: string;
    storageConnectionString: string;
    tabOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startTestStack();
  project.provide('apiOrigin', stack.apiOrigin);
  project.provide('storageConnectionString', stack.azurite.connectionString);
  return () => stack.stop();
}
