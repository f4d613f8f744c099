import "@tanstack/react-query";

declare module "@tanstack/react-query" {
  interface Register {
    mutationMeta: {
      /** The mutation deals with "not signed in" itself (signing in and out), so the global session-end handling stays out of it. */
      handlesSignedOut?: boolean;
    };
  }
}
