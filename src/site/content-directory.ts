/** Where the converter's output is read from: content/, or a corpus the tests and the benchmark convert elsewhere. */
export const contentDirectory = process.env['CONTENT_DIRECTORY'] ?? './content';
