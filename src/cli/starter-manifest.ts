// The commented starter manifest that `model-governance init` writes. A test keeps it valid.

export const STARTER_MANIFEST = `# yaml-language-server: $schema=https://raw.githubusercontent.com/model-governance/model-governance-gate/main/schema/model-governance.schema.json
# model-governance.yml: what this repository's models are, and the controls around each fine-tune.
# Every field is explained in the schema above (hover in VS Code with the YAML extension) and in
# docs/rules/. Replace each example value with your own, then run: model-governance check
version: 1

models:
  # A prompt-based model is governed lightly: an owner and approvers.
  - id: support-assistant
    owner: "@your-org/ml-platform"          # accountable user (@login) or team (@org/team)
    approach: prompt                         # prompt | retrieval | fine-tune
    approvals:
      approvers: ["@your-org/ml-platform"]

  # A fine-tune is a governed production change: every control below is checked.
  - id: support-triage
    owner: "@your-org/ml-platform"
    approach: fine-tune
    base_model: gpt-4o-mini-2024-07-18
    risk_tier: medium                        # low | medium | high (default from the policy)
    paths:                                   # globs this model's training owns
      - training/support-triage/**

    justification:                           # why prompt-based control is not enough
      alternatives_tried: [prompt, retrieval]
      rationale: Say what the prompt baseline reached and why that is not enough.
      evidence:
        prompt_baseline: evals/support-triage/prompt-baseline.json
        metric: macro_f1
        min_uplift: 0.05

    datasets:                                # what data enters training
      - id: tickets-train
        purpose: training                    # training | preference | evaluation
        path: training/support-triage/train.jsonl
        sha256: "0000000000000000000000000000000000000000000000000000000000000000"  # sha256sum of the file
        source: Where the data came from, and when
        license: proprietary
        owner: "@your-org/data-owners"
        collected_at: 2026-01-01
        personal_data: false                 # true requires a redaction record

    approvals:                               # who approves model updates and thresholds
      approvers: ["@your-org/ml-governance"]
      min_approvals: 1

    evaluation:
      results: evals/support-triage/results.json
      format: auto                           # auto | generic | promptfoo | lm-eval | inspect | model-index
      baseline: evals/support-triage/baseline.json
      max_regression: 0.01
      thresholds:
        - metric: macro_f1
          min: 0.85
          kind: quality                      # quality | safety | leakage | drift | fairness
        - metric: pii_leakage_rate
          max: 0
          kind: leakage

    rollback:
      previous_model: gpt-4o-mini-2024-07-18
      procedure: docs/runbooks/support-triage-rollback.md   # a repository path or an https URL
      owner: "@your-org/sre"
      tested_at: 2026-01-01                  # the last rollback drill
      trigger: Say which signal makes you roll back

    monitoring:
      owner: "@your-org/ml-platform"
      signals: [drift, leakage, quality]

# exceptions:                                # time-boxed, approved waivers of one rule for one model
#   - rule: MG403
#     model: support-triage
#     reason: Why the control is waived, and until when
#     approved_by: "@your-org/ml-governance"
#     expires_at: 2026-12-31
`
