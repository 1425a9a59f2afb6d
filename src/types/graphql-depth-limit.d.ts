// The package ships no types; @types/graphql-depth-limit would pull a second graphql in.
declare module 'graphql-depth-limit' {
  import type { ValidationRule } from 'graphql';
  function depthLimit(
    maxDepth: number,
    options?: { ignore?: Array<string | RegExp | ((name: string) => boolean)> },
    callback?: (depths: Record<string, number>) => void,
  ): ValidationRule;
  export default depthLimit;
}
