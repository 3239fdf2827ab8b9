import { expect, type Locator, type Page } from "@playwright/test";

/** /account: one's API tokens and password. */
export class AccountPage {
  readonly tokens: Locator;
  readonly passwordForm: Locator;

  constructor(readonly page: Page) {
    this.tokens = page.getByRole("region", { name: "API tokens" });
    this.passwordForm = page.getByRole("form", { name: "Change your password" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/account");
    await expect(this.page).toHaveTitle("Your account · Signpost");
  }

  /** Creates a token and returns it as shown (once). */
  async createToken(name: string): Promise<string> {
    await this.tokens.getByLabel("Token name").fill(name);
    await this.tokens.getByRole("button", { name: "Create token" }).click();
    const token = this.tokens.getByTestId("new-token");
    await expect(token).toHaveText(/^sp_/);
    return (await token.textContent())!;
  }

  tokenRow(name: string): Locator {
    return this.tokens.getByRole("row").filter({ hasText: name });
  }

  async changePassword(current: string, next: string, again = next): Promise<void> {
    await this.passwordForm.getByLabel("Current password").fill(current);
    await this.passwordForm.getByLabel("New password", { exact: true }).fill(next);
    await this.passwordForm.getByLabel("New password again").fill(again);
    await this.passwordForm.getByRole("button", { name: "Change password" }).click();
  }
}
