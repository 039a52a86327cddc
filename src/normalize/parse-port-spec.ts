/**
 * Short port syntax `[ip:][hostPort[-end]:]containerPort[-end][/proto]`, parsed and expanded the
 * way docker does (go-connections `nat.ParsePortSpec` + `ConvertPortToPortConfig`).
 */
import { nodeNet } from '../lazy-builtins.js';
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

/** Go's strconv.ParseUint(s, 10, 16): ASCII digits only, at most 65535. */
function parsePort(s: string): number | undefined {
  if (s === '') return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const n = Number(s);
  return n <= 65535 ? n : undefined;
}

/** A port range `[start, end]`. */
interface PortRange {
  readonly start: number;
  readonly end: number;
}

/** go-connections ParsePortRange: `a` or `a-b` with b >= a (text after a second `-` ignored). */
function parseRange(s: string): PortRange | undefined {
  if (s === '') return undefined;
  const dash = s.indexOf('-');
  if (dash < 0) {
    const p = parsePort(s);
    return p === undefined ? undefined : { start: p, end: p };
  }
  const second = s.indexOf('-', dash + 1);
  const start = parsePort(s.slice(0, dash));
  const end = parsePort(s.slice(dash + 1, second < 0 ? s.length : second));
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}

function isUnspecified(ip: string): boolean {
  if (nodeNet().isIP(ip) === 4) return ip.split('.').every((o) => Number(o) === 0);
  // IPv6 all-zero, in any spelling (`::`, `0:0::0`, `::0.0.0.0`).
  return !/[1-9a-fA-F]/.test(ip.replace(/^::ffff:/i, '').replace(/\./g, ''));
}

/** A short port spec taken apart and checked, before its expansion into entries. */
interface PortSpecParts {
  /** The IP as written (brackets included), for docker's warning. */
  readonly rawIp: string;
  /** The IP without brackets, `''` when none. */
  readonly ip: string;
  /** The host part as written, `''` when none. */
  readonly hostPort: string;
  readonly container: PortRange;
  /** `{0, 0}` when there is no host part. */
  readonly host: PortRange;
  /** Lower-cased. */
  readonly protocol: string;
}

/**
 * Takes `[ip:][hostPort[-end]:]containerPort[-end][/proto]` apart the way go-connections does
 * (the container part after the last `:`, the host part before it, the rest the IP; the protocol
 * after the first `/`, text after a second `/` ignored) and checks every part: the parts, or
 * docker's error text. Works by index: the schema check runs it for every port string too.
 */
function readPortSpec(raw: string): PortSpecParts | string {
  const last = raw.lastIndexOf(':');
  const beforeLast = last <= 0 ? -1 : raw.lastIndexOf(':', last - 1);
  const rest = raw.slice(last + 1);
  const hostPort = last < 0 ? '' : raw.slice(beforeLast + 1, last);
  const rawIp = beforeLast < 0 ? '' : raw.slice(0, beforeLast);
  let proto: string;
  let containerPort: string;
  const slash = rest.indexOf('/');
  if (rest === '' || slash === 0) {
    proto = '';
    containerPort = '';
  } else if (slash < 0) {
    proto = 'tcp';
    containerPort = rest;
  } else {
    const second = rest.indexOf('/', slash + 1);
    proto = rest.slice(slash + 1, second < 0 ? rest.length : second);
    if (proto === '') proto = 'tcp';
    containerPort = rest.slice(0, slash);
  }
  let ip = rawIp;
  if (ip.startsWith('[')) {
    // Bracketed IPv6: net.SplitHostPort(ip + ":") strips the brackets.
    const m = /^\[([^\[\]]*)\]$/.exec(ip);
    if (!m) return `invalid IP address ${ip}`;
    ip = m[1]!;
  }
  // Go's net.ParseIP: no zone (`fe80::1%eth0` is refused), no leading zeros in IPv4.
  if (ip !== '' && (ip.includes('%') || nodeNet().isIP(ip) === 0)) return `invalid IP address: ${ip}`;
  if (containerPort === '') return `no port specified: ${raw}<empty>`;
  const container = parseRange(containerPort);
  if (!container) return `invalid containerPort: ${containerPort}`;
  let host: PortRange = { start: 0, end: 0 };
  if (hostPort !== '') {
    const parsed = parseRange(hostPort);
    if (!parsed) return `invalid hostPort: ${hostPort}`;
    host = parsed;
  }
  const cLen = container.end - container.start;
  const hLen = host.end - host.start;
  if (hostPort !== '' && cLen !== hLen && cLen !== 0) {
    return `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`;
  }
  const protocol = proto.toLowerCase();
  if (!PROTOCOLS.has(protocol)) return `invalid proto: ${proto}`;
  return { rawIp, ip, hostPort, container, host, protocol };
}

/** Whether `raw` is a valid short port spec: {@link parsePortSpec} would succeed, without expanding it. */
export function isValidPortSpec(raw: string): boolean {
  return typeof readPortSpec(raw) !== 'string';
}

/** Parses one short-syntax port; the entries come out in docker's order (§1.8.1). */
export function parsePortSpec(raw: string): PortSpecResult {
  const parts = readPortSpec(raw);
  if (typeof parts === 'string') return { ok: false, error: parts };
  const { rawIp, ip, hostPort, container, host, protocol } = parts;
  const cLen = container.end - container.start;

  // One binding per container port; a single container port with a host range keeps the range.
  const bindings: { key: string; target: number; hostStart: number; hostEnd: number }[] = [];
  for (let i = 0; i <= cLen; i++) {
    const target = container.start + i;
    let hostStart = 0;
    let hostEnd = 0;
    if (hostPort !== '') {
      hostStart = cLen === 0 ? host.start : host.start + i;
      hostEnd = cLen === 0 ? host.end : hostStart;
    }
    bindings.push({ key: `${target}/${protocol}`, target, hostStart, hostEnd });
  }
  // Docker sorts the expansion by the string key "<port>/<proto>" (so 10 sorts before 8).
  if (bindings.length > 1) bindings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

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
