// Files that are never fine-tuning evidence for the built-in signals, whatever they mention: prompt
// templates, prompt-evaluation configs, eval results, vendored code. A `providers: [openai:ft:...]` in a
// promptfoo config evaluates a tuned model; it does not propose tuning one.
import type { FileView } from './view.js'

const EXCLUDED_NAME =
  /(\.prompt\.ya?ml|\.prompty|\.j2|\.jinja2?|\.min\.js|^promptfooconfig\.[a-z]+|^skprompt\.txt|^package-lock\.json)$/
const EXCLUDED_DIR = /(^|\/)(node_modules|\.eval_results|site-packages|\.venv)\//

/** Why detection skips this file, or undefined when it reads it. */
export function excludedBecause(view: FileView): string | undefined {
  if (EXCLUDED_DIR.test(view.path)) return 'vendored or eval-results folder'
  if (EXCLUDED_NAME.test(view.name)) return 'prompt template or prompt-evaluation config'
  if (view.kind === 'yaml' && view.hasText) return yamlKind(view)
  return undefined
}

/** Prompt-evaluation and prompt-template YAML recognised by their top-level keys. */
function yamlKind(view: FileView): string | undefined {
  const y = view.yaml
  if (
    y.has('prompts') &&
    (y.has('providers') || y.has('targets')) &&
    (y.has('tests') || y.has('defaultTest'))
  )
    return 'promptfoo config'
  if (
    y.has('messages') &&
    y.has('model') &&
    (y.has('testData') || y.has('evaluators') || y.has('modelParameters'))
  )
    return 'GitHub Models prompt file'
  if (y.has('_type') && (y.has('input_variables') || y.has('template'))) return 'LangChain prompt file'
  if (y.has('task') && (y.has('doc_to_text') || y.has('metric_list'))) return 'lm-evaluation-harness task'
  return undefined
}

const TEST_DIR = /(?:^|\/)(?:tests?|__tests__|spec)\//i
const TEST_NAME =
  /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)test_[^/]*\.py$|_test\.go$|Tests?\.(?:java|kt|cs)$|_spec\.rb$/

/** A test file: under a tests folder, or named as a test. Its strong signals count as medium. */
export function isTestFile(path: string): boolean {
  return TEST_DIR.test(path) || TEST_NAME.test(path)
}
