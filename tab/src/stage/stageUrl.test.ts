import { describe, expect, it } from 'vitest';
import { stageRequestOf, stageUrlFor } from './stageUrl.ts';

describe('stage address', () => {
  it('is the tab page with view=stage and the session id', () => {
    expect(stageUrlFor('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'https://pulse.example')).toBe(
      'https://pulse.example/index.html?view=stage&sessionId=1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    );
  });

  it('is read back from the query string', () => {
    expect(stageRequestOf('?view=stage&sessionId=abc')).toEqual({ isStage: true, sessionId: 'abc' });
    expect(stageRequestOf('?frame=sidePanel')).toEqual({ isStage: false });
    expect(stageRequestOf('?view=stage&sessionId=')).toEqual({ isStage: true });
  });
});
