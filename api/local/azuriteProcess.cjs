/**
 * Azurite's Table service, stopped the way it saves. Azurite writes its database to disk on
 * SIGINT only (and every few seconds meanwhile); SIGTERM or SIGHUP, which service managers and
 * closed terminals send, would end it at once and lose the last seconds of acknowledged writes.
 * So here both become SIGINT, in Azurite's own process, before Azurite starts. SIGKILL cannot
 * be caught: the README says what it can lose.
 */
'use strict';
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => process.emit('SIGINT'));
require('azurite/dist/src/table/main.js');
