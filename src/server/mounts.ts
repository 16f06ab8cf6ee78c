import type { Mount } from './main';
import { exportsMount } from './plugins/exports';
import { playgroundMount } from './plugins/playground';

/** Routes served next to /graphql, in order. */
export const serverMounts: Mount[] = [playgroundMount(), exportsMount()];
