// The CLI's help text and its usage error (exit code 2).

export class UsageError extends Error {}

export const USAGE = `model-governance: keep fine-tuning of ML and LLM models under governance.

Usage:
  model-governance check [--repo DIR] [--base REF] [--head REF]
                         [--manifest PATH] [--policy PATH]
                         [--mode enforce|warn] [--scope changed|all]
                         [--format text|json|sarif|markdown] [--output FILE]
                         [--pr NUMBER]
  model-governance init [--manifest PATH] [--force]   write a commented starter manifest
  model-governance schema [manifest|policy]           print the JSON Schema of either file
  model-governance --help | --version

check compares --base (default: the merge base with the default branch) with --head
(default: the working tree). The policy is always read from the base commit.
Approvals are checked against a pull request's reviews only with --pr NUMBER and
GITHUB_TOKEN set (GITHUB_REPOSITORY and GITHUB_API_URL, else the origin remote, name
the repository); without it MG203 notes that they were not checked.

Exit codes: 0 pass (or warn mode), 1 findings that fail, 2 bad usage or an unreadable
repository, ref or policy (the reason is on stderr).
Environment: NO_COLOR / FORCE_COLOR control colours; MODEL_GOVERNANCE_NOW=YYYY-MM-DD pins the clock.
`
