import { expect, type Locator, type Page } from "@playwright/test";
import type { Credentials } from "../fixtures";

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password");
    this.submit = page.getByRole("button", { name: "Sign in" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await expect(this.page).toHaveTitle("Sign in · Signpost");
  }

  async signIn(credentials: Pick<Credentials, "email" | "password">): Promise<void> {
    await this.email.fill(credentials.email);
    await this.password.fill(credentials.password);
    await this.submit.click();
  }
}
