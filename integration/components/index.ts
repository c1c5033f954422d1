/** Components for use inside clauses. `<Controller />` is also available in every clause without an import. */
export { default as Controller } from './Controller.astro';
