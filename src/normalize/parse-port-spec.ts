/**
 * Short port syntax `[ip:][hostPort[-end]:]containerPort[-end][/proto]`, parsed and expanded the
 * way docker does (go-connections `nat.ParsePortSpec` + `ConvertPortToPortConfig`).
 */
import { isIP } from 'node:net';
import type { PortConfig } from '../model/stack-config.js';

/** A successful parse: the expanded entries, plus host IPs docker warns about. */
export interface ParsedPortSpec {
  readonly ok: true;
  readonly ports: PortConfig[];
  /** Docker's logrus warnings, one per ignored (non-unspecified) host IP binding. */
  readonly warnings: string[];
}

/** Result of {@link parsePortSpec}. */
export type PortSpecResult = ParsedPortSpec | { readonly ok: false; readonly error: string };

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** Go's strconv.ParseUint(s, 10, 16). */
function parsePort(s: string): number | undefined {
  if (!/^[0-9]+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

/** go-connections ParsePortRange: `a` or `a-b` with b >= a (text after a second `-` ignored). */
function parseRange(s: string): [number, number] | undefined {
  if (s === '') return undefined;
  if (!s.includes('-')) {
    const p = parsePort(s);
    return p === undefined ? undefined : [p, p];
  }
  const parts = s.split('-');
  const start = parsePort(parts[0]!);
  const end = parsePort(parts[1]!);
  if (start === undefined || end === undefined || end < start) return undefined;
  return [start, end];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const container = parts[n - 1]!;
  if (n === 1) return ['', '', container];
  if (n === 2) return ['', parts[0]!, container];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, container];
}

function splitProto(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || parts[0] === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if (parts[1] === '') return ['tcp', parts[0]!];
  return [parts[1]!, parts[0]!];
}

function isUnspecified(ip: string): boolean {
  if (isIP(ip) === 4) return ip.split('.').every((o) => Number(o) === 0);
  // IPv6 all-zero, in any spelling (`::`, `0:0::0`, `::0.0.0.0`).
  return !/[1-9a-fA-F]/.test(ip.replace(/^::ffff:/i, '').replace(/\./g, ''));
}

/** Parses one short-syntax port; the entries come out in docker's order (§1.8.1). */
export function parsePortSpec(raw: string): PortSpecResult {
  const [rawIp, hostPort, rest] = splitParts(raw);
  const [proto, containerPort] = splitProto(rest);
  let ip = rawIp;
  if (ip.startsWith('[')) {
    // Bracketed IPv6: net.SplitHostPort(ip + ":") strips the brackets.
    const m = /^\[([^\[\]]*)\]$/.exec(ip);
    if (!m) return { ok: false, error: `invalid IP address ${ip}` };
    ip = m[1]!;
  }
  // Go's net.ParseIP: no zone (`fe80::1%eth0` is refused), no leading zeros in IPv4.
  if (ip !== '' && (ip.includes('%') || isIP(ip) === 0)) return { ok: false, error: `invalid IP address: ${ip}` };
  if (containerPort === '') return { ok: false, error: `no port specified: ${raw}<empty>` };
  const cRange = parseRange(containerPort);
  if (!cRange) return { ok: false, error: `invalid containerPort: ${containerPort}` };
  let hRange: [number, number] = [0, 0];
  if (hostPort !== '') {
    const parsed = parseRange(hostPort);
    if (!parsed) return { ok: false, error: `invalid hostPort: ${hostPort}` };
    hRange = parsed;
  }
  const cLen = cRange[1] - cRange[0];
  const hLen = hRange[1] - hRange[0];
  if (hostPort !== '' && cLen !== hLen && cLen !== 0) {
    return { ok: false, error: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}` };
  }
  const protocol = proto.toLowerCase();
  if (!PROTOCOLS.has(protocol)) return { ok: false, error: `invalid proto: ${proto}` };

  // One binding per container port; a single container port with a host range keeps the range.
  const bindings: { key: string; target: number; hostStart: number; hostEnd: number }[] = [];
  for (let i = 0; i <= cLen; i++) {
    const target = cRange[0] + i;
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPort !== '') {
      hostStart = cLen === 0 ? hRange[0] : hRange[0] + i;
      hostEnd = cLen === 0 ? hRange[1] : hostStart;
    }
    bindings.push({ key: `${target}/${protocol}`, target, hostStart, hostEnd });
  }
  // Docker sorts the expansion by the string key "<port>/<proto>" (so 10 sorts before 8).
  bindings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const ports: PortConfig[] = [];
  const warnings: string[] = [];
  for (const b of bindings) {
    if (ip !== '' && !isUnspecified(ip)) {
      const hostText = hostPort === '' ? '' : b.hostStart === b.hostEnd ? `${b.hostStart}` : `${b.hostStart}-${b.hostEnd}`;
      // The docker binary prints the IP as written, brackets included.
      warnings.push(`ignoring IP-address (${rawIp}:${hostText}:${b.key}) service will listen on '0.0.0.0'`);
    }
    for (let p = b.hostStart; p <= b.hostEnd; p++) {
      ports.push({ mode: 'ingress', target: b.target, published: p, protocol });
    }
  }
  return { ok: true, ports, warnings };
}
