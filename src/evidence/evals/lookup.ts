import { distance } from 'fastest-levenshtein'
import { metricName, qualifiedName, type EvalRead, type EvalRecord, type InvalidEntry } from './types.js'

export type MetricLookup = { ok: true; record: EvalRecord } | { ok: false; reason: string; nearest: string[] }

type Entry = { kind: 'record'; record: EvalRecord } | { kind: 'invalid'; entry: InvalidEntry }

const named = (e: Entry): EvalRecord | InvalidEntry => (e.kind === 'record' ? e.record : e.entry)

/**
 * Finds a threshold's metric by the naming contract (design/eval-formats.md): the qualified
 * `GROUP/METRIC` (lm-eval METRIC includes the filter: `arc_challenge/acc_norm,none`), or the
 * bare `METRIC` when exactly one group has it. An exact qualified match wins over a bare one, so
 * names that contain `/` themselves (`eval/loss` in a generic file) still resolve. Ambiguous names
 * list the qualified candidates; absent names list up to 3 nearest names; a name whose value is
 * not a finite number says so.
 */
export function findMetric(read: EvalRead, name: string): MetricLookup {
  if (!read.ok) return { ok: false, reason: read.reason, nearest: [] }
  const entries: Entry[] = [
    ...read.records.map((record): Entry => ({ kind: 'record', record })),
    ...read.invalid.map((entry): Entry => ({ kind: 'invalid', entry }))
  ]
  const exact = entries.filter((e) => qualifiedName(named(e)) === name)
  const hits =
    exact.length > 0
      ? exact
      : entries.filter((e) => named(e).group !== undefined && metricName(named(e)) === name)

  if (hits.length === 1) {
    const hit = hits[0] as Entry
    if (hit.kind === 'record') return { ok: true, record: hit.record }
    return {
      ok: false,
      reason: `metric "${name}" is not a finite number (it is ${hit.entry.found})`,
      nearest: []
    }
  }
  if (hits.length > 1) {
    const candidates = [...new Set(hits.map((e) => qualifiedName(named(e))))].sort()
    if (candidates.length === 1) {
      return {
        ok: false,
        reason: `metric "${name}" appears ${hits.length} times in the ${read.format} results and cannot be told apart`,
        nearest: []
      }
    }
    return {
      ok: false,
      reason: `metric "${name}" is ambiguous in the ${read.format} results; name one of: ${candidates.join(', ')}`,
      nearest: candidates
    }
  }
  const nearest = nearestNames(entries.map(named), name)
  return {
    ok: false,
    reason:
      `metric "${name}" is not in the ${read.format} results` +
      (nearest.length > 0 ? `; nearest: ${nearest.join(', ')}` : ''),
    nearest
  }
}

/** Up to `limit` available names closest to `name`; same metric with another filter first. */
export function nearestNames(entries: (EvalRecord | InvalidEntry)[], name: string, limit = 3): string[] {
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(metricName(e), (counts.get(metricName(e)) ?? 0) + 1)
  const names = new Set<string>()
  for (const e of entries) {
    names.add(qualifiedName(e))
    if (counts.get(metricName(e)) === 1) names.add(metricName(e))
  }
  const want = name.toLowerCase()
  const wantMetric = (want.split('/').pop() ?? want).split(',')[0] ?? want
  const score = (candidate: string): number => {
    const c = candidate.toLowerCase()
    const cMetric = (c.split('/').pop() ?? c).split(',')[0] ?? c
    return (cMetric === wantMetric ? 0 : 1000) + distance(want, c)
  }
  return [...names]
    .map((n) => ({ n, s: score(n) }))
    .sort((a, b) => a.s - b.s || a.n.localeCompare(b.n))
    .slice(0, limit)
    .map((x) => x.n)
}
