import { apiRoute, json } from "@/server/http/api-route";
import { listVersions } from "@/server/versions/list-versions";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => json(await listVersions(actor, params.id)));
