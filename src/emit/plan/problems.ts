/**
 * The plan stage's report helper: every problem is an error `plan/<slug>` at a document path of
 * the merged stack, with docker's own wording (the 28.2.2 CLI on this machine) in
 * `data.dockerMessage`.
 */
import type { DocPath, Report } from '../../diagnostics/diagnostic.js';

/** Reports one plan problem. Counting lets `buildPlan` refuse to return a partial plan. */
export interface Problems {
  /** Reports an error; `dockerMessage` is the full text `docker stack deploy` prints. */
  fail(slug: string, path: DocPath, message: string, dockerMessage: string, data?: Record<string, unknown>): void;
  /** How many errors were reported so far. */
  readonly count: number;
}

/** A {@link Problems} that forwards to `report`. */
export function createProblems(report: Report): Problems {
  let count = 0;
  return {
    fail(slug, path, message, dockerMessage, data = {}) {
      count++;
      report({ code: `plan/${slug}`, severity: 'error', message, path, data: { ...data, dockerMessage } });
    },
    get count() {
      return count;
    },
  };
}

/**
 * Problems scoped to one service: docker prefixes every conversion error with `service <svc>: `
 * (§4.13), and the path starts at `services.<svc>`.
 */
export interface ServiceProblems {
  readonly service: string;
  fail(slug: string, rest: DocPath, message: string, dockerText: string, data?: Record<string, unknown>): void;
}

/** Wraps {@link Problems} for the service `service`. */
export function forService(problems: Problems, service: string): ServiceProblems {
  return {
    service,
    fail(slug, rest, message, dockerText, data = {}) {
      problems.fail(slug, ['services', service, ...rest], message, `service ${service}: ${dockerText}`, { service, ...data });
    },
  };
}
