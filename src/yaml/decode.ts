// Turns a governance file's bytes into text, refusing what is not a small UTF-8 text file before the
// YAML parser ever sees it: too large, binary (a NUL byte) or not valid UTF-8. A UTF-8 BOM is dropped.
import type { FileKind } from './types.js'

export const DEFAULT_MAX_BYTES = 1024 * 1024

export type Decoded =
  { ok: true; text: string } | { ok: false; message: string; line: number; column: number }

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} bytes`
}

/** The 1-based line and column of a byte offset; the column counts characters, not bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  const prefix = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(lineStart, offset))
  return { line, column: [...prefix].length + 1 }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i++
      continue
    }
    let trailing: number
    let minimum: number
    if (lead >= 0xc2 && lead <= 0xdf) [trailing, minimum] = [1, 0x80]
    else if (lead >= 0xe0 && lead <= 0xef) [trailing, minimum] = [2, 0x800]
    else if (lead >= 0xf0 && lead <= 0xf4) [trailing, minimum] = [3, 0x10000]
    else return i
    let codePoint = lead & (0xff >> (trailing + 2))
    for (let k = 1; k <= trailing; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i
    i += trailing + 1
  }
  return bytes.length
}

export function decodeYaml(
  input: string | Uint8Array,
  file: string,
  kind: FileKind,
  maxBytes: number = DEFAULT_MAX_BYTES
): Decoded {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (size > maxBytes) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: `${file} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for a ${kind.what}; ${kind.whenTooLarge}.`
    }
  }
  if (typeof input === 'string') {
    const nul = input.indexOf('\u0000')
    if (nul >= 0) {
      const before = input.slice(0, nul).split('\n')
      return binary(file, kind, before.length, [...(before.at(-1) ?? '')].length + 1)
    }
    return { ok: true, text: input.replace(/^\uFEFF/, '') }
  }
  const nul = input.indexOf(0)
  if (nul >= 0) {
    const { line, column } = bytePosition(input, nul)
    return binary(file, kind, line, column)
  }
  let text: string
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    const { line, column } = bytePosition(input, firstInvalidUtf8(input))
    return {
      ok: false,
      line,
      column,
      message: `${file} is not valid UTF-8 at line ${line}, column ${column}; save the file with UTF-8 encoding.`
    }
  }
  return { ok: true, text }
}

function binary(file: string, kind: FileKind, line: number, column: number): Decoded {
  return {
    ok: false,
    line,
    column,
    message: `${file} contains a NUL byte at line ${line}, column ${column}, so it looks binary; the ${kind.what} must be a YAML text file.`
  }
}
