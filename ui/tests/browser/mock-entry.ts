// Bundled (IIFE) by the browser tests' global setup and injected before the app's own scripts:
// it stands in for the Rust backend exactly where the real one would answer invoke().
import { mockIPC } from '@tauri-apps/api/mocks';
import { MockBackend, type MockConfig } from '../support/mock-backend';

declare global {
  interface Window {
    __EYELEVEL_MOCK_CONFIG__?: MockConfig;
    __eyelevelMock?: MockBackend;
  }
}

const backend = new MockBackend(window.__EYELEVEL_MOCK_CONFIG__ ?? {});
window.__eyelevelMock = backend;
mockIPC((cmd, args) => backend.handle(cmd, args));
