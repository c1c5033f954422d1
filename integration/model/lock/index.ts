/** The lock: what a published version shows may not change, except through a recorded correction. */
export { compareWithReference } from './compare.ts';
export { LOCKFILE_VERSION, type LockContext, type LockFile } from './types.ts';
export { updateLock, type LockUpdate } from './update.ts';
export { verifyLock } from './verify.ts';
