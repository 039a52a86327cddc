import { attributeToFile } from '../diagnostics/attribute.js';
import type { DiagnosticInput, Report } from '../diagnostics/diagnostic.js';
import { Locator } from '../diagnostics/locate.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { ReadFile } from '../options.js';

/** What one run gathers: every diagnostic, the texts they point into, the raw documents. */
export class Run {
  readonly reported: DiagnosticInput[] = [];
  readonly texts = new Map<string, string>();
  readonly documents: { file: string; data: unknown }[] = [];
  /** The loader's js-yaml events per file, so locating parses nothing twice. */
  readonly events = new Map<string, readonly unknown[]>();
  /** Compose mode: files for configs/secrets given inline, by absolute path. */
  readonly generated: { absPath: string; content: string }[] = [];
  readonly report: Report = (d) => void this.reported.push(d);

  constructor(private readonly files: readonly string[]) {}

  /** Whether the pipeline (not lint's findings, which never fail a compile) reported an error. */
  hasErrors(): boolean {
    return this.reported.some((d) => d.severity === 'error' && (!d.code.startsWith('lint/') || d.code === 'lint/config'));
  }

  /** `readFile`, but files compose mode generated (not written yet) are read from memory. */
  readThrough(readFile: ReadFile): ReadFile {
    return (p) => {
      const g = this.generated.find((x) => x.absPath === p);
      return g ? new TextEncoder().encode(g.content) : readFile(p);
    };
  }

  /** Locate (attributing path-only findings to the file that wrote the path) and sort. */
  diagnostics() {
    const locator = new Locator(this.texts, this.events);
    const located = this.reported.map((d) => locator.locate(attributeToFile(d, this.documents)));
    return sortDiagnostics(located, this.files);
  }
}
