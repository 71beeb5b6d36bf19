// Runs poppler and qpdf on a PDF written to a temp file, for the plan PDF tests (unit and e2e).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfFacts {
  path: string;
  text: string;
  pages: number;
  /** pdfinfo's "Page size" line, e.g. "595.28 x 841.89 pts (A4)". */
  pageSize: string;
  qpdf: { status: number | null; output: string };
  /** Fonts pdffonts lists as not embedded (a reader without them would substitute). */
  unembeddedFonts: string[];
}

/** Writes the bytes to a temp file and reads what pdftotext, pdfinfo and qpdf --check say. */
export function inspectPdf(bytes: Uint8Array, name: string): PdfFacts {
  const dir = mkdtempSync(join(tmpdir(), 'sextant-pdf-'));
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const q = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  const fontLines = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n');
  // Columns are fixed-width (names and types may hold spaces: "Type 3"): take "emb" by its place under the dashes.
  const columns = [...(fontLines[1] ?? '').matchAll(/-+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const emb = columns[3];
  const unembeddedFonts = fontLines
    .slice(2)
    .filter((l) => l.trim() && emb && l.slice(emb.start, emb.end).trim() === 'no')
    .map((l) => l.slice(0, columns[0]!.end).trim());
  return {
    path,
    text,
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
    qpdf: { status: q.status, output: `${q.stdout}${q.stderr}` },
    unembeddedFonts,
  };
}

/** Renders every page to test-results/pdf/<name>-N.png (to look at) and returns how many files were written. */
export function renderPages(pdfPath: string, name: string, resolution = 50): string[] {
  mkdirSync('test-results/pdf', { recursive: true });
  const prefix = `test-results/pdf/${name}`;
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), pdfPath, prefix]);
  return readdirSync('test-results/pdf')
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => `test-results/pdf/${f}`);
}

/** Renders page 1 to test-results/pdf/<name>-1.png (to look at) and returns its path. */
export function renderFirstPage(pdfPath: string, name: string): string {
  mkdirSync('test-results/pdf', { recursive: true });
  const prefix = `test-results/pdf/${name}`;
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
