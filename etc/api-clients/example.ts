// A script against the generated TypeScript client (generated/typescript, see README "Generated clients"):
// a bearer token for a tenant's user, then a page of units. The tests compile it with the client, so the
// typed calls it uses keep existing.
import { client } from './generated/typescript/client.gen';
import { tokenToken, unitGetList, type UnitDto } from './generated/typescript';

export async function listUnits(baseUrl: string, tenant: string, username: string, password: string): Promise<UnitDto[]> {
  client.setConfig({ baseUrl });
  const token = await tokenToken({
    body: { grant_type: 'password', client_id: 'Humanitarian_App', username, password, scope: 'Humanitarian' },
    headers: { __tenant: tenant },
    throwOnError: true,
  });
  client.setConfig({ baseUrl, auth: token.data.access_token });
  const page = await unitGetList({ query: { skipCount: 0, maxResultCount: 20, sorting: 'code' }, throwOnError: true });
  return page.data.items;
}
