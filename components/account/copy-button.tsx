"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Copies `text` and says so. The Clipboard API exists only on https and localhost; Signpost also
 * runs on plain http in an office, where the older copy command still works from a selection.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState<string | null>(null);

  async function copy() {
    const copied = (await copyWithClipboardApi(text)) || copyWithSelection(text);
    setSaid(copied ? "Copied" : "Could not copy: select the text and press Ctrl+C (⌘C on a Mac).");
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy} aria-label={label}>
        Copy
      </Button>
      <span role="status" className="text-sm">{said}</span>
    </span>
  );
}

async function copyWithClipboardApi(text: string): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function copyWithSelection(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
