package com.crewdesk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvLayoutTest {

	@Test
	void aByteOrderMarkMeansUtf8WithIt() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "name,city\nZoë,Köln\n".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, file, 0, 3);
		System.arraycopy(text, 0, file, 3, text.length);
		CsvLayout layout = CsvLayout.detect(file);
		assertThat(layout.encoding()).isEqualTo("UTF-8-BOM");
		assertThat(layout.delimiter()).isEqualTo(',');
	}

	@Test
	void wellFormedUtf8WithoutAMarkIsUtf8() {
		assertThat(CsvLayout.detect("name;city\nZoë;Köln\n".getBytes(StandardCharsets.UTF_8)).encoding())
			.isEqualTo("UTF-8");
	}

	@Test
	void bytesThatAreNotUtf8AreWindows1252() {
		byte[] file = "name\tcity\nRené\tGarçon €\n".getBytes(Charset.forName("windows-1252"));
		CsvLayout layout = CsvLayout.detect(file);
		assertThat(layout.encoding()).isEqualTo("windows-1252");
		assertThat(layout.delimiter()).isEqualTo('\t');
	}

	@Test
	void overlongAndTruncatedSequencesAreNotUtf8() {
		assertThat(CsvLayout.isUtf8(new byte[] { (byte) 0xC0, (byte) 0xAF })).isFalse();
		assertThat(CsvLayout.isUtf8(new byte[] { 'a', (byte) 0xE2, (byte) 0x82 })).isFalse();
		assertThat(CsvLayout.isUtf8(new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })).isFalse();
		assertThat(CsvLayout.isUtf8("€ 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
	}

	@Test
	void theDelimiterIsTheOneSeenMostOftenOutsideQuotesInTheHeader() {
		assertThat(CsvLayout.delimiterOf("a,b,c")).isEqualTo(',');
		assertThat(CsvLayout.delimiterOf("a;b;c")).isEqualTo(';');
		assertThat(CsvLayout.delimiterOf("a\tb\tc")).isEqualTo('\t');
		assertThat(CsvLayout.delimiterOf("\"last, first\";\"city, state\";zip")).isEqualTo(';');
		assertThat(CsvLayout.delimiterOf("only")).isEqualTo(',');
	}

}
