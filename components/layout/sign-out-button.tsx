import { signOut } from "@/app/_actions/sign-out";

export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-line px-2 py-1 hover:bg-paper">
        Sign out
      </button>
    </form>
  );
}
