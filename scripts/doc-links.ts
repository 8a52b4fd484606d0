/**
 * Checks the links of Markdown files: every relative link must reach a file or
 * folder of the repository, and every `#anchor` a heading (GitHub's slugs) or
 * an explicit `<a id>` of the page it points into.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A link that does not resolve, and why. */
export interface BrokenLink {
  readonly file: string;
  readonly line: number;
  readonly target: string;
  readonly reason: string;
}

/** Text outside fenced code blocks and inline code, line by line (code lines are blanked). */
function prose(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const marker = line.match(/^\s*(`{3,}|~{3,})/)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return '';
    }
    return fence === undefined ? line.replace(/(`+)[^`]*?\1/g, '') : '';
  });
}

/** GitHub's anchor for a heading's text. */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a page defines: its headings' slugs (numbered when repeated) and `<a id>`s. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) continue;
    const heading = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/)?.[1];
    if (heading !== undefined) {
      const base = slug(heading);
      const n = seen.get(base) ?? 0;
      anchors.add(n === 0 ? base : `${base}-${n}`);
      seen.set(base, n + 1);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) if (m[1]) anchors.add(m[1]);
  }
  return anchors;
}

/** The link targets of a page with their line numbers: inline, images and references. */
export function linksOf(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  prose(markdown).forEach((text, i) => {
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      if (m[1]) links.push({ target: m[1], line: i + 1 });
    const reference = text.match(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/)?.[1];
    if (reference) links.push({ target: reference, line: i + 1 });
    for (const m of text.matchAll(/<a\s+href="([^"]+)"/g))
      if (m[1]) links.push({ target: m[1], line: i + 1 });
  });
  return links;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The broken links of one Markdown file. */
export function checkFile(file: string, root: string): BrokenLink[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: BrokenLink[] = [];
  const name = relative(root, file);
  for (const { target, line } of linksOf(markdown)) {
    if (EXTERNAL.test(target) || target.startsWith('//')) continue;
    const [path = '', anchor] = target.split('#', 2);
    const decoded = decodeURIComponent(path);
    const destination = decoded === '' ? file : resolve(dirname(file), decoded);
    const fail = (reason: string) => broken.push({ file: name, line, target, reason });
    if (!destination.startsWith(root)) {
      fail('points outside the repository');
      continue;
    }
    if (!existsSync(destination)) {
      fail(`no such file: ${relative(root, destination)}`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (statSync(destination).isDirectory() || !destination.endsWith('.md')) {
      fail('an anchor into something that is not a Markdown page');
      continue;
    }
    const anchors = anchorsOf(readFileSync(destination, 'utf8'));
    if (!anchors.has(decodeURIComponent(anchor)))
      fail(`no heading or anchor "#${anchor}" in ${relative(root, destination)}`);
  }
  return broken;
}

/** Every Markdown file under a folder, skipping generated API pages. */
export function markdownFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'api' && entry.name !== 'node_modules') files.push(...markdownFiles(path));
    } else if (entry.name.endsWith('.md')) files.push(path);
  }
  return files.sort();
}
