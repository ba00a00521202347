declare global {
  interface ImportMetaEnv {
    /** `1` when built by `pnpm start`: a new database starts with demo data. */
    readonly VITE_CAIBIAN_DEMO?: string;
  }
}

export {};
