import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { json } from '../http/respond.ts';

export async function health(_request: HttpRequest): Promise<HttpResponseInit> {
  return json(200, { status: 'ok' });
}

app.http('health', { route: 'health', methods: ['GET'], authLevel: 'anonymous', handler: health });
