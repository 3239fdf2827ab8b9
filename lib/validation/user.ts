import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { text } from "./common";

export const roleList = z
  .array(z.enum(ROLES, { error: `each role must be one of ${ROLES.join(", ")}` }), { error: "must be a list of roles" })
  .min(1, "choose at least one role")
  .transform((roles) => [...new Set(roles)]);

export const password = z
  .string({ error: "must be text" })
  .min(8, "must be at least 8 characters")
  .max(128, "must be at most 128 characters");

export const email = z.string({ error: "must be text" }).trim().toLowerCase().pipe(z.email("must be an email address"));

/** Admin page, CLI `user:create`, setup page. */
export const createUserSchema = z.object({
  email,
  name: text({ min: 1, max: 120 }),
  roles: roleList,
  password: password.optional(),
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const setRolesSchema = z.object({ roles: roleList });

/** The first visit to an empty installation. */
export const setupSchema = z
  .object({
    email,
    name: text({ min: 1, max: 120 }),
    password,
    confirmPassword: z.string(),
    alsoAnalyst: z.boolean().default(true),
    loadExample: z.boolean().default(true),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "does not match the password" });
export type SetupInput = z.input<typeof setupSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "is required"),
});

export const createTokenSchema = z.object({
  name: text({ min: 1, max: 80 }),
  /** Whose token: the caller's own when absent; someone else's only for an admin or the operator. */
  ownerId: z.string().min(1).max(100).optional(),
});

export const setPasswordSchema = z.object({ password });
