import { Channel } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
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
