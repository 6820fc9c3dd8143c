package com.crewdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How an uploaded file is written: its encoding (UTF-8 with or without a byte order mark,
 * else Windows-1252) and its delimiter (comma, semicolon or tab), detected from the
 * bytes.
 */
public record CsvLayout(Charset charset, boolean byteOrderMark, char delimiter) {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final String DELIMITERS = ",;\t";

	/** Looks at the bytes: the BOM or a strict UTF-8 check, then the header line. */
	public static CsvLayout detect(byte[] bytes) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF;
		Charset charset = bom || isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		return new CsvLayout(charset, bom, delimiterOf(firstLine(bytes, bom ? 3 : 0, charset)));
	}

	public static CsvLayout of(String encoding, char delimiter) {
		boolean bom = encoding.endsWith("-BOM");
		return new CsvLayout(Charset.forName(bom ? "UTF-8" : encoding), bom, delimiter);
	}

	/** "UTF-8", "UTF-8-BOM" or "windows-1252", as stored. */
	public String encoding() {
		return charset.name() + (byteOrderMark ? "-BOM" : "");
	}

	/** "comma", "semicolon" or "tab". */
	public String delimiterName() {
		return switch (delimiter) {
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> "comma";
		};
	}

	/**
	 * Streams the records of the file, header first; the caller closes the parser.
	 */
	public CSVParser open(byte[] bytes) {
		int skip = byteOrderMark ? 3 : 0;
		Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset);
		try {
			return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The records after the header, as an iterator over the open parser. */
	static Iterator<CSVRecord> rows(CSVParser parser) {
		Iterator<CSVRecord> records = parser.iterator();
		if (records.hasNext()) {
			records.next();
		}
		return records;
	}

	/**
	 * Strict UTF-8: every multi-byte sequence well-formed (no overlongs, no surrogates).
	 */
	static boolean isUtf8(byte[] bytes) {
		int i = 0;
		while (i < bytes.length) {
			int b = bytes[i] & 0xFF;
			int extra;
			int min;
			if (b < 0x80) {
				i++;
				continue;
			}
			else if (b >= 0xC2 && b <= 0xDF) {
				extra = 1;
				min = 0x80;
			}
			else if (b >= 0xE0 && b <= 0xEF) {
				extra = 2;
				min = 0x800;
			}
			else if (b >= 0xF0 && b <= 0xF4) {
				extra = 3;
				min = 0x10000;
			}
			else {
				return false;
			}
			if (i + extra >= bytes.length) {
				return false;
			}
			int code = b & (0x3F >> extra);
			for (int k = 1; k <= extra; k++) {
				int next = bytes[i + k] & 0xFF;
				if ((next & 0xC0) != 0x80) {
					return false;
				}
				code = (code << 6) | (next & 0x3F);
			}
			if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
				return false;
			}
			i += extra + 1;
		}
		return true;
	}

	private static String firstLine(byte[] bytes, int from, Charset charset) {
		int end = from;
		boolean quoted = false;
		while (end < bytes.length && end - from < 64 * 1024) {
			byte b = bytes[end];
			if (b == '"') {
				quoted = !quoted;
			}
			else if ((b == '\n' || b == '\r') && !quoted) {
				break;
			}
			end++;
		}
		return new String(bytes, from, end - from, charset);
	}

	/**
	 * The delimiter seen most often outside quotes in the header line; comma on a tie.
	 */
	static char delimiterOf(String header) {
		int[] counts = new int[DELIMITERS.length()];
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
				counts[DELIMITERS.indexOf(c)]++;
			}
		}
		int best = 0;
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return DELIMITERS.charAt(best);
	}

}
