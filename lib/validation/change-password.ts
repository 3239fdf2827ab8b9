import { z } from "zod";

/**
 * Changing one's own password on the account page. Only that form uses it, so its messages are
 * whole sentences in the form's own words. The length rule is the one of every password (./user.ts).
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password."),
    newPassword: z
      .string({ error: "Enter a new password." })
      .min(8, "The new password must be at least 8 characters long.")
      .max(128, "The new password must be at most 128 characters long."),
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords are not the same." })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], message: "The new password must differ from the current one." });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
