interface ImportMetaEnv {
  /** Set by `npm start`: the demo build treats the local demo origins as sites the user enabled. */
  readonly WXT_REPLYKIT_DEMO?: string;
}
