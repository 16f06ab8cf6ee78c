import type { Mount } from './main';
import { exportsMount } from './plugins/exports';

/** Routes served next to /graphql, in order. */
export const serverMounts: Mount[] = [exportsMount()];
