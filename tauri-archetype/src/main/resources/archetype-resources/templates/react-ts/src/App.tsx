import { type FormEvent, type MouseEvent, useEffect, useState } from "react";
import { Channel } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { documentDir, join } from "@tauri-apps/api/path";
// Tauri's own plugin packages, unchanged: Main adds the Java side of each, capabilities/default.json grants them
import { open, save } from "@tauri-apps/plugin-dialog";
import { readTextFile, writeTextFile } from "@tauri-apps/plugin-fs";
import { openUrl } from "@tauri-apps/plugin-opener";
import { load } from "@tauri-apps/plugin-store";
// generated from the @Command methods of Commands.java on every compile (the Java records become interfaces)
import * as commands from "./bindings";

const COUNTDOWN_FROM = 5;
const DOCS_URL = "https://v2.tauri.app/plugin/";

// store: the note lives in notes.json in the app's data folder and comes back at the next start
const notes = load("notes.json", { autoSave: false });

// The Documents folder, where the file dialogs start: the capability lets fs read and write there only
async function documents(): Promise<string | undefined> {
  try {
    return await documentDir();
  } catch {
    return undefined; // this desktop has no Documents folder (xdg-user-dirs)
  }
}

export default function App({ productName }: { productName: string }) {
  const [name, setName] = useState("");
  const [greetMsg, setGreetMsg] = useState("");
  const [checksumText, setChecksumText] = useState("Hello, bytes");
  const [checksumMsg, setChecksumMsg] = useState("");
  const [counting, setCounting] = useState(false);
  const [progress, setProgress] = useState(0);
  const [countdownMsg, setCountdownMsg] = useState("");
  const [tick, setTick] = useState("waiting for the first tick...");
  const [preview, setPreview] = useState("");
  const [openMsg, setOpenMsg] = useState("");
  const [note, setNote] = useState("");
  const [noteMsg, setNoteMsg] = useState("");

  // Events: Main emits "tick" every second
  useEffect(() => {
    const unlisten = listen<{ seconds: number }>("tick", (event) => {
      setTick(`up for ${event.payload.seconds} s`);
    });
    return () => {
      void unlisten.then((stop) => stop());
    };
  }, []);

  useEffect(() => {
    void notes
      .then((store) => store.get<string>("note"))
      .then((saved) => {
        if (saved !== undefined) {
          setNote(saved);
          setNoteMsg("Your last note, from notes.json");
        }
      });
  }, []);

  async function greet(e: FormEvent) {
    e.preventDefault();
    try {
      const greeting = await commands.greet(name);
      setGreetMsg(greeting.message);
    } catch (error) {
      setGreetMsg(`Error: ${String(error)}`);
    }
  }

  async function checksum(e: FormEvent) {
    e.preventDefault();
    // a Uint8Array travels as the raw request body: checksum(byte[] data)
    const data = new TextEncoder().encode(checksumText);
    const result = await commands.checksum(data);
    setChecksumMsg(`${result.length} bytes, CRC-32 ${result.crc32}`);
  }

  async function countdown() {
    setCounting(true);
    // Java sends each number through the channel while the command is still running
    const channel = new Channel<number>();
    channel.onmessage = (n) => {
      setProgress(COUNTDOWN_FROM - n);
      setCountdownMsg(`${n}...`);
    };
    try {
      setCountdownMsg(await commands.countdown(channel, COUNTDOWN_FROM));
    } finally {
      setCounting(false);
    }
  }

  // dialog + fs: pick a text file, show its first lines
  async function openTextFile() {
    const path = await open({
      title: "Open a text file",
      defaultPath: await documents(),
      filters: [{ name: "Text", extensions: ["txt", "md"] }],
    });
    if (path === null) return; // cancelled
    try {
      const lines = (await readTextFile(path)).replace(/\n$/, "").split("\n");
      setPreview(lines.slice(0, 3).join("\n"));
      setOpenMsg(`${path}: ${lines.length} lines`);
    } catch (error) {
      setPreview("");
      setOpenMsg(`Error: ${String(error)}`); // e.g. "forbidden path: ..." outside Documents
    }
  }

  async function saveNote(e: FormEvent) {
    e.preventDefault();
    const store = await notes;
    await store.set("note", note);
    await store.save();
    setNoteMsg("Saved in notes.json");
  }

  // dialog + fs: write the note where the user says, in Documents
  async function exportNote() {
    const folder = await documents();
    const path = await save({
      title: "Export the note",
      defaultPath: folder ? await join(folder, "note.txt") : "note.txt",
      filters: [{ name: "Text", extensions: ["txt"] }],
    });
    if (path === null) return;
    try {
      await writeTextFile(path, note);
      setNoteMsg(`Exported to ${path}`);
    } catch (error) {
      setNoteMsg(`Error: ${String(error)}`);
    }
  }

  // opener: the link opens in the system browser (inside the app, it would be refused as a navigation away)
  function openDocs(e: MouseEvent) {
    e.preventDefault();
    void openUrl(DOCS_URL);
  }

  return (
    <>
      <h1>{productName}</h1>
      <p className="hint">
        A web page in the system webview, a Java backend. Edit <code>src/App.tsx</code> and <code>Commands.java</code>.
      </p>

      <section>
        <h2>Call a command</h2>
        <form id="greet-form" className="row" onSubmit={greet}>
          <input
            id="greet-input"
            placeholder="Enter a name..."
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <button id="greet-button" type="submit">Greet</button>
        </form>
        <p id="greet-msg">{greetMsg}</p>
      </section>

      <section>
        <h2>Send bytes</h2>
        <form id="checksum-form" className="row" onSubmit={checksum}>
          <input
            id="checksum-input"
            autoComplete="off"
            value={checksumText}
            onChange={(e) => setChecksumText(e.currentTarget.value)}
          />
          <button id="checksum-button" type="submit">CRC-32</button>
        </form>
        <p id="checksum-msg">{checksumMsg}</p>
      </section>

      <section>
        <h2>Stream over a channel</h2>
        <div className="row">
          <button id="countdown-button" type="button" disabled={counting} onClick={countdown}>
            Count down from {COUNTDOWN_FROM}
          </button>
          <progress id="countdown-progress" max={COUNTDOWN_FROM} value={progress}></progress>
        </div>
        <p id="countdown-msg">{countdownMsg}</p>
      </section>

      <section>
        <h2>Open a text file</h2>
        <p className="hint">A file dialog, then the file's first lines. The app may read and write in your Documents folder only.</p>
        <button id="open-button" type="button" onClick={openTextFile}>
          Open a text file...
        </button>
        <pre id="open-preview">{preview}</pre>
        <p id="open-msg">{openMsg}</p>
      </section>

      <section>
        <h2>Keep a note</h2>
        <form id="note-form" onSubmit={saveNote}>
          <textarea
            id="note-input"
            rows={3}
            placeholder="Write a note..."
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <div className="row">
            <button id="note-save" type="submit">Save</button>
            <button id="note-export" type="button" onClick={exportNote}>Export...</button>
          </div>
        </form>
        <p id="note-msg">{noteMsg}</p>
      </section>

      <p className="hint">
        Events from Java: <span id="tick">{tick}</span>
      </p>
      <p className="hint">
        Dialogs, files, the note and the link come from Tauri's own npm packages:{" "}
        <a id="docs-link" href={DOCS_URL} onClick={openDocs}>Tauri's plugins</a>.
      </p>
    </>
  );
}
