export declare function starterConfig(): Record<string, unknown>;
