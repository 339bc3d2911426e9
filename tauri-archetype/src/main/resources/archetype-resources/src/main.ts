import { Channel } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { documentDir, join } from "@tauri-apps/api/path";
// Tauri's own plugin packages, unchanged: Main adds the Java side of each, capabilities/default.json grants them
import { open, save } from "@tauri-apps/plugin-dialog";
import { readTextFile, writeTextFile } from "@tauri-apps/plugin-fs";
import { openUrl } from "@tauri-apps/plugin-opener";
import { load } from "@tauri-apps/plugin-store";
// generated from the @Command methods of Commands.java on every compile (the Java records become interfaces)
import { checksum, countdown, greet } from "./bindings";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found as T;
}

const greetInput = element<HTMLInputElement>("greet-input");
const greetMsg = element<HTMLParagraphElement>("greet-msg");
element<HTMLFormElement>("greet-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  try {
    const greeting = await greet(greetInput.value);
    greetMsg.textContent = greeting.message;
  } catch (error) {
    greetMsg.textContent = `Error: ${String(error)}`;
  }
});

const checksumInput = element<HTMLInputElement>("checksum-input");
const checksumMsg = element<HTMLParagraphElement>("checksum-msg");
element<HTMLFormElement>("checksum-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  // a Uint8Array travels as the raw request body: checksum(byte[] data)
  const data = new TextEncoder().encode(checksumInput.value);
  const result = await checksum(data);
  checksumMsg.textContent = `${result.length} bytes, CRC-32 ${result.crc32}`;
});

const countdownButton = element<HTMLButtonElement>("countdown-button");
const countdownProgress = element<HTMLProgressElement>("countdown-progress");
const countdownMsg = element<HTMLParagraphElement>("countdown-msg");
countdownButton.addEventListener("click", async () => {
  const from = 5;
  countdownButton.disabled = true;
  // Java sends each number through the channel while the command is still running
  const progress = new Channel<number>();
  progress.onmessage = (n) => {
    countdownProgress.value = from - n;
    countdownMsg.textContent = `${n}...`;
  };
  try {
    countdownMsg.textContent = await countdown(progress, from);
  } finally {
    countdownButton.disabled = false;
  }
});

// Events: Main emits "tick" every second
const tick = element<HTMLSpanElement>("tick");
void listen<{ seconds: number }>("tick", (event) => {
  tick.textContent = `up for ${event.payload.seconds} s`;
});

// The Documents folder, where the file dialogs start: the capability lets fs read and write there only
async function documents(): Promise<string | undefined> {
  try {
    return await documentDir();
  } catch {
    return undefined; // this desktop has no Documents folder (xdg-user-dirs)
  }
}

// dialog + fs: pick a text file, show its first lines
const openPreview = element<HTMLPreElement>("open-preview");
const openMsg = element<HTMLParagraphElement>("open-msg");
element<HTMLButtonElement>("open-button").addEventListener("click", async () => {
  const path = await open({
    title: "Open a text file",
    defaultPath: await documents(),
    filters: [{ name: "Text", extensions: ["txt", "md"] }],
  });
  if (path === null) return; // cancelled
  try {
    const lines = (await readTextFile(path)).replace(/\n$/, "").split("\n");
    openPreview.textContent = lines.slice(0, 3).join("\n");
    openMsg.textContent = `${path}: ${lines.length} lines`;
  } catch (error) {
    openPreview.textContent = "";
    openMsg.textContent = `Error: ${String(error)}`; // e.g. "forbidden path: ..." outside Documents
  }
});

// store: the note lives in notes.json in the app's data folder and comes back at the next start
const noteInput = element<HTMLTextAreaElement>("note-input");
const noteMsg = element<HTMLParagraphElement>("note-msg");
const notes = load("notes.json", { autoSave: false });
void notes
  .then((store) => store.get<string>("note"))
  .then((note) => {
    if (note !== undefined) {
      noteInput.value = note;
      noteMsg.textContent = "Your last note, from notes.json";
    }
  });
element<HTMLFormElement>("note-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const store = await notes;
  await store.set("note", noteInput.value);
  await store.save();
  noteMsg.textContent = "Saved in notes.json";
});

// dialog + fs: write the note where the user says, in Documents
element<HTMLButtonElement>("note-export").addEventListener("click", async () => {
  const folder = await documents();
  const path = await save({
    title: "Export the note",
    defaultPath: folder ? await join(folder, "note.txt") : "note.txt",
    filters: [{ name: "Text", extensions: ["txt"] }],
  });
  if (path === null) return;
  try {
    await writeTextFile(path, noteInput.value);
    noteMsg.textContent = `Exported to ${path}`;
  } catch (error) {
    noteMsg.textContent = `Error: ${String(error)}`;
  }
});

// opener: the link opens in the system browser (inside the app, it would be refused as a navigation away)
const docsLink = element<HTMLAnchorElement>("docs-link");
docsLink.addEventListener("click", (e) => {
  e.preventDefault();
  void openUrl(docsLink.href);
});
