export declare function warningsFor(config: unknown): string[];
