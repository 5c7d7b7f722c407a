// One changed file as the detectors read it, computed lazily and once per input (shared by all detectors):
// its kind, its head lines, which lines the change added, its code lines without comments, its YAML keys.
import { stripComments, type NumberedLine, type Syntax } from './code-lines.js'
import { notebookCodeLines } from './notebook.js'
import { bracketed, continued } from './statements.js'
import type { DetectInput } from './types.js'
import { YamlKeys } from './yaml-keys.js'

export type FileKind =
  | 'python'
  | 'notebook'
  | 'js'
  | 'shell'
  | 'yaml'
  | 'hcl'
  | 'toml'
  | 'other-code'
  | 'json'
  | 'jsonl'
  | 'markdown'
  | 'modelfile'
  | 'gitattributes'
  | 'other'

/** A line of code with comments removed, and whether the change added it. */
export interface CodeLine extends NumberedLine {
  added: boolean
}

const EXTENSIONS: readonly (readonly [FileKind, string])[] = [
  ['python', 'py pyw'],
  ['notebook', 'ipynb'],
  ['js', 'js mjs cjs ts mts cts tsx jsx'],
  ['shell', 'sh bash zsh ps1 mk dockerfile slurm sbatch pbs qsub'],
  ['yaml', 'yml yaml'],
  ['hcl', 'tf hcl'],
  ['toml', 'toml cfg ini'],
  ['other-code', 'go java kt cs rs bicep'],
  ['json', 'json'],
  ['jsonl', 'jsonl ndjson'],
  ['markdown', 'md mdx']
]
const KIND_BY_EXT = new Map(
  EXTENSIONS.flatMap(([kind, exts]) => exts.split(' ').map((e) => [e, kind] as const))
)
const SHELL_NAMES = /^(makefile|gnumakefile|dockerfile|containerfile|justfile|procfile)(\..*)?$/i
const SYNTAX: Partial<Record<FileKind, Syntax>> = {
  python: 'python',
  js: 'slash',
  'other-code': 'slash',
  shell: 'hash',
  yaml: 'hash',
  toml: 'hash',
  hcl: 'hcl',
  modelfile: 'hash',
  gitattributes: 'hash'
}
/** Kinds whose lines are code or commands: the kinds job-call and CLI rules read. */
const CODE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'python',
  'notebook',
  'js',
  'shell',
  'yaml',
  'hcl',
  'toml',
  'other-code'
])

export class FileView {
  readonly path: string
  /** The file name, lower case. */
  readonly name: string
  readonly kind: FileKind
  private memo: {
    text?: boolean
    lines?: NumberedLine[]
    code?: CodeLine[]
    statements?: CodeLine[]
    yaml?: YamlKeys
    added?: Set<number>
  } = {}

  constructor(readonly input: DetectInput) {
    this.path = input.file.path
    this.name = (this.path.split('/').pop() ?? '').toLowerCase()
    this.kind = kindOf(this.name)
  }

  get status(): DetectInput['file']['status'] {
    return this.input.file.status
  }

  /** Text content is known (not a binary, not unreadable). */
  get hasText(): boolean {
    this.memo.text ??= this.input.content !== undefined && !this.input.content.includes('\u0000')
    return this.memo.text
  }

  /** The change added or modified this file (a pure rename or a removal does not count). */
  get touched(): boolean {
    const f = this.input.file
    if (f.status === 'removed') return false
    if (f.status === 'renamed') return f.addedLines === undefined || f.addedLines.length > 0
    return true
  }

  get isCode(): boolean {
    return CODE_KINDS.has(this.kind)
  }

  /** The head's lines; without text content, the added lines alone. */
  get lines(): NumberedLine[] {
    if (!this.memo.lines) {
      const content = this.input.content
      this.memo.lines =
        content !== undefined && this.hasText
          ? content.split('\n').map((text, i) => ({ line: i + 1, text: text.replace(/\r$/, '') }))
          : (this.input.file.addedLines ?? []).map((l) => ({ line: l.line, text: l.text }))
    }
    return this.memo.lines
  }

  /** Whether the change added this head line (every line counts as added when that is unknown). */
  isAdded(line: number): boolean {
    const added = this.input.file.addedLines
    if (added === undefined) return true
    this.memo.added ??= new Set(added.map((l) => l.line))
    return this.memo.added.has(line)
  }

  /** The non-empty code lines, comments removed (code cells only for a notebook). */
  get code(): CodeLine[] {
    if (!this.memo.code) {
      const raw =
        this.kind === 'notebook'
          ? notebookCodeLines(this.input.content ?? '')
          : stripComments(this.lines, SYNTAX[this.kind] ?? 'none')
      this.memo.code = raw
        .filter((l) => l.text.trim() !== '')
        .map((l) => ({ line: l.line, text: l.text, added: this.isAdded(l.line) }))
    }
    return this.memo.code
  }

  /**
   * Whole statements: Python calls joined across open brackets, other code across trailing
   * backslashes; numbered by their first line, added when any of their lines is.
   */
  get statements(): CodeLine[] {
    this.memo.statements ??=
      this.kind === 'python' || this.kind === 'notebook' ? bracketed(this.code) : continued(this.code)
    return this.memo.statements
  }

  /** The added code lines. */
  get addedCode(): CodeLine[] {
    return this.code.filter((l) => l.added)
  }

  /** The added lines as rules read them: code without comments for code files, raw lines otherwise. */
  get addedText(): NumberedLine[] {
    return this.isCode ? this.addedCode : this.lines.filter((l) => this.isAdded(l.line))
  }

  /** The YAML keys of the head (YAML files only). */
  get yaml(): YamlKeys {
    this.memo.yaml ??= new YamlKeys(this.kind === 'yaml' ? this.lines : [])
    return this.memo.yaml
  }

  /** Whether any code line of the head (added or not) matches. */
  codeHas(re: RegExp): boolean {
    return this.code.some((l) => re.test(l.text))
  }

  /** The first added code line that matches. */
  firstAdded(re: RegExp): CodeLine | undefined {
    return this.code.find((l) => l.added && re.test(l.text))
  }
}

function kindOf(name: string): FileKind {
  if (name === 'modelfile' || name.endsWith('.modelfile') || name.startsWith('modelfile.')) return 'modelfile'
  if (name === '.gitattributes') return 'gitattributes'
  if (SHELL_NAMES.test(name) || name.startsWith('.env')) return 'shell'
  const dot = name.lastIndexOf('.')
  return dot < 0 ? 'other' : (KIND_BY_EXT.get(name.slice(dot + 1)) ?? 'other')
}

const views = new WeakMap<DetectInput, FileView>()

/** The view of an input, shared by every detector that reads it. */
export function viewOf(input: DetectInput): FileView {
  let view = views.get(input)
  if (!view) {
    view = new FileView(input)
    views.set(input, view)
  }
  return view
}
