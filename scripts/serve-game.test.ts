import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, startServer } from './serve-game.mjs';

const site = fileURLToPath(new URL('./fixtures/site', import.meta.url));

/** A raw GET, so that `..` reaches the server as written (fetch would normalize it). */
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serve-game', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ dir: site, port: 0, host: '127.0.0.1' });
  });
  afterAll(() => server.close());

  it('serves the index page as HTML', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('fixture index');
  });

  it('serves a script with a JavaScript content type', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/assets/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toContain("fixture = 'app'");
  });

  it('serves the web manifest and styles with their own types', async () => {
    const manifest = await get(server.port, '/manifest.webmanifest');
    expect(manifest.type).toBe('application/manifest+json; charset=utf-8');
    const css = await get(server.port, '/assets/style.css');
    expect(css.type).toBe('text/css; charset=utf-8');
  });

  it('answers a page of the game (no extension, with a query) with the app', async () => {
    const res = await get(server.port, '/play?scenario=war-2022&seed=class-7b');
    expect(res.status).toBe(200);
    expect(res.body).toContain('fixture index');
  });

  it('answers a missing file with 404', async () => {
    const res = await get(server.port, '/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.body).toContain('Not found');
  });

  it('refuses paths that leave the folder, raw or encoded', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const res = await get(server.port, path);
      expect(res.status, path).toBe(403);
      expect(res.body, path).not.toContain('outside the served folder');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST' });
    expect(res.status).toBe(405);
  });

  it('names a missing build', async () => {
    await expect(startServer({ dir: `${site}/nowhere`, port: 0 })).rejects.toThrow(
      /build the game/,
    );
  });
});

describe('serve-game options', () => {
  it('reads the port and the folder', () => {
    expect(parseArgs(['--port', '9000']).port).toBe(9000);
    expect(parseArgs(['--port=9001']).port).toBe(9001);
    expect(parseArgs([]).port).toBe(8080);
    expect(parseArgs(['--dir', 'x']).dir).toMatch(/x$/);
  });

  it('names bad options', () => {
    expect(() => parseArgs(['--port', 'eighty'])).toThrow('--port must be a whole number');
    expect(() => parseArgs(['--port'])).toThrow('--port needs a value');
    expect(() => parseArgs(['--verbose'])).toThrow('unknown option "--verbose"');
  });
});
