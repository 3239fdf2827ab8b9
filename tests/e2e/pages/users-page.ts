import { expect, type Locator, type Page } from "@playwright/test";
import type { Credentials } from "../fixtures";

/** /admin/users: the people, their roles, and the form to add one. */
export class UsersPage {
  readonly addForm: Locator;
  readonly people: Locator;

  constructor(readonly page: Page) {
    this.addForm = page.getByRole("form", { name: "Add a user" });
    this.people = page.getByTestId("user-list").locator(":scope > li");
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin/users");
    await expect(this.page).toHaveTitle("Users and roles · Signpost");
  }

  role(role: string): Locator {
    return this.addForm.getByRole("checkbox", { name: new RegExp(`^${role} `) });
  }

  async addUser(person: Credentials, roles: string[]): Promise<void> {
    await this.addForm.getByLabel("Name").fill(person.name);
    await this.addForm.getByLabel("Email").fill(person.email);
    await this.addForm.getByLabel("Password").fill(person.password);
    for (const role of ["analyst", "reviewer", "manager", "admin"]) await this.role(role).setChecked(roles.includes(role));
    await this.addForm.getByRole("button", { name: "Add user" }).click();
    await expect(this.addForm.getByRole("status")).toHaveText(`${person.name} can now sign in with ${person.email}.`);
  }

  person(email: string): Locator {
    return this.people.filter({ hasText: email });
  }
}
