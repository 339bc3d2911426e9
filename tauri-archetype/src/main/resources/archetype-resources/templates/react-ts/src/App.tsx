import { type FormEvent, useEffect, useState } from "react";
import { Channel } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
// generated from the @Command methods of Commands.java on every compile (the Java records become interfaces)
import * as commands from "./bindings";

const COUNTDOWN_FROM = 5;

export default function App({ productName }: { productName: string }) {
  const [name, setName] = useState("");
  const [greetMsg, setGreetMsg] = useState("");
  const [checksumText, setChecksumText] = useState("Hello, bytes");
  const [checksumMsg, setChecksumMsg] = useState("");
  const [counting, setCounting] = useState(false);
  const [progress, setProgress] = useState(0);
  const [countdownMsg, setCountdownMsg] = useState("");
  const [tick, setTick] = useState("waiting for the first tick...");

  // Events: Main emits "tick" every second
  useEffect(() => {
    const unlisten = listen<{ seconds: number }>("tick", (event) => {
      setTick(`up for ${event.payload.seconds} s`);
    });
    return () => {
      void unlisten.then((stop) => stop());
    };
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

      <p className="hint">
        Events from Java: <span id="tick">{tick}</span>
      </p>
    </>
  );
}
