package com.aobsettlement.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void controlAndInvisibleCharactersAreEscaped_theRestIsKept() {
        assertThat(PrintableText.escape("npi,name")).isEqualTo("npi,name");
        assertThat(PrintableText.escape("Zoë Müller – 東京 \uFFFD")).isEqualTo("Zoë Müller – 東京 \uFFFD");
        assertThat(PrintableText.escape("a\u0000b\tc\r\nd\u001b[2J\u007f")).isEqualTo("a\\x00b\\x09c\\x0d\\x0ad\\x1b[2J\\x7f");
        assertThat(PrintableText.escape("\u0085\u200b\u2028\uFEFF\ud800")).isEqualTo("\\u0085\\u200b\\u2028\\ufeff\\ud800");
        assertThat(PrintableText.escape(null)).isNull();
    }
}
