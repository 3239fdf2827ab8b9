export const ROLES = ["analyst", "reviewer", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  analyst: "creates forecasts and reports, predicts, records events",
  reviewer: "resolves forecasts they have no stake in, reads all scores",
  manager: "reads everything, including all scores; manages teams",
  admin: "manages users, roles and teams; imports track records; backups",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
