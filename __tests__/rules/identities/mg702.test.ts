import { describe, expect, it } from '@jest/globals'
import rule, { isOverprivileged } from '../../../src/rules/identities/mg702-identity-overprivileged.js'
import { check, COMPLETE, lineOf, policyFrom, without } from '../context.js'

const SCOPES = 'scopes: [fine_tuning.jobs.write, files.write]'

/** COMPLETE with the identity's scopes replaced by `scopes` (flow style). */
function withScopes(scopes: string): string {
  expect(COMPLETE).toContain(SCOPES)
  return COMPLETE.replace(SCOPES, `scopes: [${scopes}]`)
}

/** The 1-based column of `text` on the first line that contains it. */
function columnOf(yaml: string, text: string): number {
  const line = yaml.split('\n')[lineOf(yaml, text) - 1] ?? ''
  return line.indexOf(text) + 1
}

describe('MG702 identity-overprivileged', () => {
  it('passes the complete manifest', () => {
    expect(check(rule, COMPLETE)).toEqual([])
  })

  it('fires once per identity, at its first offending scope, listing every offending scope', () => {
    const yaml = withScopes('fine_tuning.jobs.write, fine_tuning.*, files.write, admin')
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.model).toBe('support-triage')
    expect(hits[0]?.location).toMatchObject({
      file: 'model-governance.yml',
      line: lineOf(yaml, 'fine_tuning.*'),
      column: columnOf(yaml, 'fine_tuning.*')
    })
    expect(hits[0]?.message).toBe(
      'Identity ft-pipeline of model support-triage holds the wildcard or administrative scopes `fine_tuning.*`, `admin`; grant only the narrowest scopes the job needs (e.g. `fine_tuning.jobs.write` instead of `fine_tuning.*`).'
    )
  })

  it('points at the offending item of a block list', () => {
    const yaml = COMPLETE.replace(
      SCOPES,
      'scopes:\n          - fine_tuning.jobs.write\n          - roles/owner\n          - files.write'
    )
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({ line: lineOf(yaml, '- roles/owner'), column: 13 })
    expect(hits[0]?.message).toContain('administrative scope `roles/owner`;')
  })

  it.each([
    '*',
    '*.*',
    's3:*',
    'fine_tuning.*',
    'repo/*',
    'sagemaker:Create*',
    'admin',
    'Administrator',
    'OWNER',
    'root',
    'superuser',
    'all',
    'write-all',
    'read-write-all',
    'full_access',
    'full-access',
    'cluster-admin',
    'roles/owner',
    'roles/editor',
    'roles/storage.admin',
    'AdministratorAccess',
    'arn:aws:iam::aws:policy/AdministratorAccess',
    'PowerUserAccess',
    'IAMFullAccess',
    'AmazonS3FullAccess',
    'Contributor',
    'User Access Administrator',
    'admin:org',
    'admin:repo_hook',
    'delete_repo',
    'site_admin',
    'administration:write'
  ])('fires on %s', (scope) => {
    expect(isOverprivileged(scope)).toBe(true)
    const yaml = withScopes(`files.write, "${scope}"`)
    const hits = check(rule, yaml)
    expect(hits).toHaveLength(1)
    expect(hits[0]?.location).toMatchObject({
      line: lineOf(yaml, SCOPES.slice(0, 8)),
      column: columnOf(yaml, `"${scope}"`)
    })
  })

  it.each([
    'fine_tuning.jobs.write',
    'files.read',
    'model.request',
    'repo:status',
    'read:org',
    'write:packages',
    'roles/aiplatform.user',
    'roles/storage.objectViewer',
    'AmazonS3ReadOnlyAccess',
    'administration:read',
    'owners.read',
    'api.model.read'
  ])('does not fire on the narrow scope %s', (scope) => {
    expect(isOverprivileged(scope)).toBe(false)
    expect(check(rule, withScopes(`"${scope}"`))).toEqual([])
  })

  it('does not judge an identity that lists no scopes', () => {
    expect(check(rule, without(COMPLETE, SCOPES))).toEqual([])
    expect(check(rule, withScopes(''))).toEqual([])
  })

  it('reports each overprivileged identity of a model', () => {
    const second = [
      '      - name: serving',
      '        kind: service-account',
      '        scopes: ["*"]',
      '        owner: "@acme/sre"',
      '        expires_at: 2027-01-31',
      ''
    ].join('\n')
    const yaml = withScopes('s3:*').replace('\nexceptions:', `\n${second}\nexceptions:`)
    const hits = check(rule, yaml)
    expect(hits.map((h) => h.location?.line)).toEqual([lineOf(yaml, 's3:*'), lineOf(yaml, '["*"]')])
    expect(hits[1]?.message).toContain('Identity serving of model support-triage')
  })

  it('applies whatever the tier requires: identities are checked when declared, required or not', () => {
    const yaml = withScopes('admin')
    expect(check(rule, yaml)).toHaveLength(1)
    expect(check(rule, yaml.replace('risk_tier: high', 'risk_tier: low'))).toHaveLength(1)
    const requiring = policyFrom(
      'tiers:\n  high:\n    require: [data, approvals, evaluation, rollback, monitoring, justification, identities]'
    )
    expect(check(rule, yaml, { policy: requiring })).toHaveLength(1)
  })

  it.each(['prompt', 'retrieval'])('spares %s models', (approach) => {
    const yaml = withScopes('admin, "*"').replace('approach: fine-tune', `approach: ${approach}`)
    expect(check(rule, yaml)).toEqual([])
  })
})
