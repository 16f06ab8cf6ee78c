import type { Mount } from './main';
import { explorerMount } from './plugins/explorer';
import { exportsMount } from './plugins/exports';
import { playgroundMount } from './plugins/playground';

/** Routes served next to /graphql, in order. */
export const serverMounts: Mount[] = [playgroundMount(), explorerMount(), exportsMount()];
