import { app } from '@azure/functions';
import { builtInTemplates } from '../domain/templates.ts';
import { authenticated, json } from '../http/respond.ts';
import { templateView } from '../http/sessionViews.ts';

export const listTemplates = authenticated(async () =>
  json(200, { templates: builtInTemplates.map(templateView) }),
);

// authLevel anonymous: every call is authorised by its Entra/dev bearer token instead of a
// function key, which a tab in the browser could not keep secret anyway.
app.http('listTemplates', { route: 'templates', methods: ['GET'], authLevel: 'anonymous', handler: listTemplates });
