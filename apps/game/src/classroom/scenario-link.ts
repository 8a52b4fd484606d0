/**
 * A small scenario carried in the page address, so that a teacher can share a
 * custom scenario by link: `#scenario=1.<base64url of the deflate-raw JSON>`.
 * The `1.` is the link format's version. It lives in the hash, so the
 * scenario never reaches a server's logs. Compression uses the platform's
 * `CompressionStream` (browsers and Node 20 alike), so no library is needed.
 */
import { loadScenario, type Scenario, type ScenarioProblem } from '@c5plus/sim';

/** The hash parameter that carries a scenario. */
export const LINK_PARAM = 'scenario';

/** The version prefix of the payload. */
export const LINK_VERSION = '1.';

/**
 * The longest payload a link may carry, in characters. Every built-in
 * scenario, with its Russian texts, fits in under 8,200; 12,000 keeps a link
 * within what browsers, e-mail and chat apps carry (a QR code holds less:
 * share the file there).
 */
export const MAX_LINK_PAYLOAD = 12_000;

/** The largest decompressed scenario accepted, so a crafted link cannot exhaust memory. */
export const MAX_LINK_SCENARIO = 1_000_000;

/** Why a link's scenario could not be read. */
export type LinkError =
  | { readonly code: 'no-scenario' }
  | { readonly code: 'bad-prefix'; readonly found: string }
  | { readonly code: 'too-long'; readonly length: number; readonly limit: number }
  | { readonly code: 'bad-base64' }
  | { readonly code: 'bad-deflate' }
  | { readonly code: 'invalid-scenario'; readonly problems: readonly ScenarioProblem[] };

/** A link's scenario, or why it could not be read. */
export type LinkResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: LinkError };

/** A link's hash for a scenario, or why it does not fit. */
export type EncodeResult =
  | { readonly ok: true; readonly hash: string; readonly length: number }
  | {
      readonly ok: false;
      readonly error: {
        readonly code: 'too-long';
        readonly length: number;
        readonly limit: number;
      };
    };

async function pump(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | undefined> {
  const stream = new Blob([input as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  // A length of 1 modulo 4 can never come from whole bytes.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash (`#scenario=1.…`) that carries this scenario. */
export async function encodeScenarioLink(scenario: Scenario): Promise<EncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const packed = await pump(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  const payload = LINK_VERSION + toBase64Url(packed ?? new Uint8Array());
  if (payload.length > MAX_LINK_PAYLOAD)
    return {
      ok: false,
      error: { code: 'too-long', length: payload.length, limit: MAX_LINK_PAYLOAD },
    };
  return { ok: true, hash: `#${LINK_PARAM}=${payload}`, length: payload.length };
}

/** The payload of `#scenario=…` in a hash, or undefined when the hash has none. */
export function linkPayload(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get(LINK_PARAM) ?? undefined;
}

/** Reads the scenario a page hash carries, validated by the sim's `loadScenario`. */
export async function decodeScenarioLink(hash: string): Promise<LinkResult> {
  const payload = linkPayload(hash);
  if (payload === undefined) return { ok: false, error: { code: 'no-scenario' } };
  if (!payload.startsWith(LINK_VERSION))
    return { ok: false, error: { code: 'bad-prefix', found: payload.slice(0, 8) } };
  if (payload.length > MAX_LINK_PAYLOAD)
    return {
      ok: false,
      error: { code: 'too-long', length: payload.length, limit: MAX_LINK_PAYLOAD },
    };
  const packed = fromBase64Url(payload.slice(LINK_VERSION.length));
  if (!packed || packed.length === 0) return { ok: false, error: { code: 'bad-base64' } };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await pump(packed, new DecompressionStream('deflate-raw'), MAX_LINK_SCENARIO);
  } catch {
    bytes = undefined;
  }
  if (!bytes) return { ok: false, error: { code: 'bad-deflate' } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'bad-deflate' } };
  }
  const loaded = loadScenario(text);
  if (!loaded.ok)
    return { ok: false, error: { code: 'invalid-scenario', problems: loaded.problems } };
  return { ok: true, scenario: loaded.scenario };
}
