/**
 * Validating Akoma Ntoso against the OASIS schema (tests/fixtures/akn/, a copy of ../shared/akn/),
 * with libxml2 compiled to WebAssembly: no network, no Debian package.
 */
import { readFileSync } from 'node:fs';
import { memoryPages, validateXML } from 'xmllint-wasm';

const directory = 'tests/fixtures/akn';

/** An XML file to validate, by a name that its errors give. */
export interface XmlFile {
	fileName: string;
	contents: string;
}

/**
 * What the schema finds wrong with each file, as xmllint says it (`name.xml:12: … error …`): none
 * when every file is valid. All the files are validated in one run of xmllint.
 */
export async function aknSchemaErrors(files: readonly XmlFile[]): Promise<string[]> {
	const result = await validateXML({
		xml: files,
		schema: [
			{
				fileName: 'akomantoso30.xsd',
				contents: readFileSync(`${directory}/akomantoso30.xsd`, 'utf8'),
			},
		],
		preload: [{ fileName: 'xml.xsd', contents: readFileSync(`${directory}/xml.xsd`, 'utf8') }],
		maxMemoryPages: 256 * memoryPages.MiB,
	});
	return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
