/**
 * Zip files for the app package and the API deployment package (yazl writes, yauzl reads).
 * Entries get a fixed timestamp so the same inputs always give the same bytes.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yazl = require('yazl');
const yauzl = require('yauzl');

const FIXED_TIME = new Date('2020-01-01T00:00:00Z');

/**
 * @param {Array<{ name: string, data: Uint8Array }>} entries file names use "/" and no leading "/"
 * @param {string} outPath
 * @returns {Promise<void>}
 */
export function writeZip(entries, outPath) {
  mkdirSync(dirname(outPath), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const { name, data } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) throw new Error(`bad zip entry name "${name}"`);
    zip.addBuffer(Buffer.from(data), name, { mtime: FIXED_TIME, mode: 0o100644 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(outPath);
    zip.outputStream.pipe(out).on('close', () => resolve()).on('error', reject);
    zip.outputStream.on('error', reject);
  });
}

/**
 * Reads every file of a zip into memory.
 * @param {string | Uint8Array} source a path or the zip's bytes
 * @returns {Promise<Map<string, Buffer>>}
 */
export function readZip(source) {
  return new Promise((resolve, reject) => {
    const onOpen = (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('cannot open zip'));
      /** @type {Map<string, Buffer>} */
      const files = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    };
    if (typeof source === 'string') yauzl.open(source, { lazyEntries: true }, onOpen);
    else yauzl.fromBuffer(Buffer.from(source), { lazyEntries: true }, onOpen);
  });
}
