import type { Locator, Page } from "@playwright/test";
import type { Credentials } from "../fixtures";

/** The first-visit page of an empty installation. */
export class SetupPage {
  readonly name: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly alsoAnalyst: Locator;
  readonly loadExample: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel("Your name");
    this.email = page.getByLabel("Email");
    this.password = page.getByLabel("Password", { exact: true });
    this.confirmPassword = page.getByLabel("Confirm password");
    this.alsoAnalyst = page.getByRole("checkbox", { name: /I will also forecast/ });
    this.loadExample = page.getByRole("checkbox", { name: /Load the example workspace/ });
    this.submit = page.getByRole("button", { name: "Create admin account" });
  }

  async fill(credentials: Credentials, confirmPassword = credentials.password): Promise<void> {
    await this.name.fill(credentials.name);
    await this.email.fill(credentials.email);
    await this.password.fill(credentials.password);
    await this.confirmPassword.fill(confirmPassword);
  }
}
