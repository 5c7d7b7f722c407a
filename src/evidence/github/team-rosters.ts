// The active members of approver teams, so that MG201 can count the people a team supplies. Listed
// through GET /orgs/{org}/teams/{team_slug}/members (paginated; it lists members only, never pending
// invitations). A team the token cannot see, or any API failure, is a value with the reason.
import type { TeamFact } from '../../engine/evidence.js'
import type { GitHubClient } from './client.js'
import { teamFailure } from './approvals.js'

export async function readTeamRosters(
  client: GitHubClient | undefined,
  handles: readonly string[],
  withoutClient: string
): Promise<Map<string, TeamFact>> {
  const rosters = new Map<string, TeamFact>()
  for (const handle of new Set(handles.map((h) => h.toLowerCase()))) {
    if (!client) {
      rosters.set(handle, { kind: 'unreadable', reason: withoutClient })
      continue
    }
    const [org = '', team_slug = ''] = handle.replace(/^@/, '').split('/')
    try {
      const members = await client.paginate(client.rest.teams.listMembersInOrg, {
        org,
        team_slug,
        per_page: 100
      })
      rosters.set(handle, { kind: 'members', members: new Set(members.map((m) => m.login.toLowerCase())) })
    } catch (error) {
      rosters.set(handle, { kind: 'unreadable', reason: teamFailure(error) })
    }
  }
  return rosters
}
