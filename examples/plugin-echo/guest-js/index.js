// The echo plugin's JS API, as a plugin's npm package ships it: thin wrappers over invoke.
import { invoke } from '@tauri-apps/api/core';

export const echo = (message) => invoke('plugin:echo|echo', { message });
export const count = () => invoke('plugin:echo|count');
export const greet = (name) => invoke('plugin:echo|greet', { name });
export const shout = (message) => invoke('plugin:echo|shout', { message });
export const welcome = (name) => invoke('plugin:echo|welcome', { name });
