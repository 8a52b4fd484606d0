#!/usr/bin/env node
/**
 * Serves the built game from a teacher's laptop to the classroom's local
 * network: `node scripts/serve-game.mjs [--port 8080] [--dir apps/game/dist]`.
 * Plain Node, no dependencies, so it runs wherever the repository does.
 *
 * Paths without a file extension fall back to index.html (the game reads its
 * settings from the query string, so any link a student is given opens it);
 * a missing file with an extension is a 404, so a broken asset shows as one.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Content types by extension; anything else is sent as bytes. @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/** Files the browser must ask for again on every visit, so an update reaches the class. */
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

const here = dirname(fileURLToPath(import.meta.url));
/** The game's static build, relative to the repository root. */
export const DEFAULT_DIR = resolve(here, '..', 'apps', 'game', 'dist');
export const DEFAULT_PORT = 8080;
/** Hosts that serve this computer only. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Resolves a request path inside `root`, or null if it would leave it
 * (`..`, an encoded `..`, a NUL byte, or a symbolic link pointing outside).
 * @param {string} root the real path of the served folder
 * @param {string} pathname the URL's path, still percent-encoded
 * @returns {Promise<{ file: string, size: number } | null | 'missing'>}
 */
export async function locate(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const candidate = resolve(root, `.${decoded}`);
  if (!isInside(root, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real)) return null;
    const info = await stat(real);
    if (info.isDirectory()) {
      const index = join(real, 'index.html');
      const indexInfo = await stat(index).catch(() => undefined);
      return indexInfo?.isFile() ? { file: index, size: indexInfo.size } : 'missing';
    }
    return info.isFile() ? { file: real, size: info.size } : 'missing';
  } catch {
    return 'missing';
  }
}

/** @param {string} root @param {string} path */
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function plain(response, status, text) {
  response.writeHead(status, { 'content-type': CONTENT_TYPES['.txt'] });
  response.end(`${text}\n`);
}

/**
 * The request handler for one served folder.
 * @param {string} root the real path of the served folder
 */
export function handler(root) {
  const index = join(root, 'index.html');
  /** @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => Promise<void>} */
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      plain(response, 405, 'Only GET and HEAD are served.');
      return;
    }
    const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] || '/';
    let found = await locate(root, rawPath);
    if (found === null) {
      plain(response, 403, 'Forbidden: that path leaves the game folder.');
      return;
    }
    // A path with no extension is a page of the game: send the app.
    if (found === 'missing' && extname(rawPath) === '') {
      const info = await stat(index).catch(() => undefined);
      found = info ? { file: index, size: info.size } : 'missing';
    }
    if (found === 'missing') {
      plain(response, 404, `Not found: ${rawPath}`);
      return;
    }
    const name = relative(root, found.file).split(sep).join('/');
    response.writeHead(200, {
      'content-type':
        CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': found.size,
      'cache-control': ALWAYS_REVALIDATE.has(name) ? 'no-cache' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
  };
}

/**
 * Starts serving `dir` on `host:port` (port 0 picks a free one).
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
  dir = DEFAULT_DIR,
  port = DEFAULT_PORT,
  host = '0.0.0.0',
} = {}) {
  const root = await realpath(dir).catch(() => {
    throw new Error(`the folder ${dir} does not exist: build the game first (npm run build)`);
  });
  const info = await stat(join(root, 'index.html')).catch(() => undefined);
  if (!info?.isFile())
    throw new Error(`${join(root, 'index.html')} is missing: build the game first (npm run build)`);
  const serve = handler(root);
  const server = createServer((request, response) => {
    serve(request, response).catch(() => {
      if (!response.headersSent) plain(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  await new Promise((done, fail) => {
    server.once('error', (error) => {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'EADDRINUSE')
        fail(new Error(`port ${port} is already in use: choose another with --port`));
      else if (code === 'EACCES')
        fail(
          new Error(`port ${port} needs administrator rights: choose one above 1024 with --port`),
        );
      else fail(error);
    });
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    port: actual,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/**
 * The addresses students can type: this machine's IPv4 addresses on the local network.
 * @param {number} port
 */
export function lanUrls(port) {
  const urls = [];
  for (const addresses of Object.values(networkInterfaces()))
    for (const a of addresses ?? [])
      if (a.family === 'IPv4' && !a.internal) urls.push(`http://${a.address}:${port}/`);
  return urls;
}

/**
 * Reads `--port N`, `--dir PATH`, `--host H` and `--help`.
 * @param {readonly string[]} args
 */
export function parseArgs(args) {
  /** @type {{ port: number, dir: string, host: string, help: boolean }} */
  const options = { port: DEFAULT_PORT, dir: DEFAULT_DIR, host: '0.0.0.0', help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg?.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') options.help = true;
    else if (flag === '--port' || flag === '-p') {
      const text = value();
      const port = Number(text);
      if (!/^\d+$/.test(text) || port < 1 || port > 65535)
        throw new Error(`--port must be a whole number from 1 to 65535 (got "${text}")`);
      options.port = port;
    } else if (flag === '--dir') options.dir = resolve(value());
    else if (flag === '--host') options.host = value();
    else throw new Error(`unknown option "${arg}"; try --help`);
  }
  return options;
}

const USAGE = `serve-game: serves the built game to the local network.

  node scripts/serve-game.mjs [--port 8080] [--dir apps/game/dist] [--host 0.0.0.0]

Students open one of the printed addresses on the same Wi-Fi. Stop with Ctrl+C.`;

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve-game: error: ${/** @type {Error} */ (error).message}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  try {
    const { port } = await startServer(options);
    console.log(`Serving ${relative(process.cwd(), options.dir) || '.'} on port ${port}.`);
    if (LOOPBACK.has(options.host)) {
      // Served to this computer only (`npm start`): there is no address to give students.
      console.log(`Open http://${options.host}:${port}/ in a browser on this computer.`);
      console.log('Stop with Ctrl+C.');
      return;
    }
    console.log(`On this laptop: http://localhost:${port}/`);
    const urls = options.host === '0.0.0.0' ? lanUrls(port) : [`http://${options.host}:${port}/`];
    if (urls.length === 0)
      console.log(
        'No local network found: connect this laptop to the classroom Wi-Fi and restart.',
      );
    else console.log(`Give students: ${urls.join('  or  ')}`);
    console.log('Stop with Ctrl+C.');
  } catch (error) {
    console.error(`serve-game: error: ${/** @type {Error} */ (error).message}`);
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
