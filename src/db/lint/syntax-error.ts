/** A statement the dialect's parser rejects; the CLI reports it as bad input (exit 2). */
export class SqlSyntaxError extends Error {
  readonly file: string;
  readonly line: number;
  readonly parserMessage: string;

  constructor(file: string, line: number, parserMessage: string) {
    super(`${file}:${line}: ${parserMessage}`);
    this.name = "SqlSyntaxError";
    this.file = file;
    this.line = line;
    this.parserMessage = parserMessage;
  }
}
