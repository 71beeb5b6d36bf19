export declare const WEB_HOST: string;
export declare const WEB_PORT: number;
export declare function portBusyMessage(port?: number, host?: string): string;
export declare function isPortFree(port?: number, host?: string): Promise<boolean>;
