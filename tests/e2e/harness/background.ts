// The harness needs a service worker only so that the e2e helper can learn the extension's id.
export {};
